#include "Cli.h"

#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace cp::cli {

const QList<Command> &commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        list += workspaceCommands();
        list += importCommands();
        list += generateCommands();
        list += scoreCommands();
        list += progressCommands();
        list += packetCommands();
        list += screenshotCommands();
        list += chartCommands();
        list += reportCommands();
        return list;
    }();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString subcommandName(const QStringList &arguments)
{
    static const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--lang")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

QString commandSummaries()
{
    QString text = QCoreApplication::translate("cp::cli", "Commands:") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name, -14).arg(QCoreApplication::translate("cp::cli", c.summary));
    text += QCoreApplication::translate("cp::cli", "Run “countyplan COMMAND --help” for a command's options.") + QLatin1Char('\n');
    return text;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "countyplan: " << message << Qt::endl;
    return code;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("cp::cli", "The workspace file."),
                              QCoreApplication::translate("cp::cli", "path"));
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                         const QString &positionalName, const QString &positionalHelp)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("cp::cli", "Language of messages: zh_CN or en."),
                                        QStringLiteral("code")));
    if (!positionalName.isEmpty())
        parser.addPositionalArgument(positionalName, positionalHelp);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path; the user typed "countyplan <command>".
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
        out() << help;
        return Success;
    }
    return std::nullopt;
}

Status openWorkspace(Workspace &workspace, const QCommandLineParser &parser, bool mustExist)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return Error(QCoreApplication::translate("cp::cli", "--db is required: name the workspace file"));
    if (mustExist && !QFileInfo::exists(path))
        return Error(QCoreApplication::translate("cp::cli", "“%1” does not exist").arg(QDir::toNativeSeparators(path)));
    return workspace.open(path, mustExist ? Database::OpenMode::OpenExisting : Database::OpenMode::CreateIfMissing);
}

Result<Id> findDocument(const Workspace &workspace, const QString &key, bool *ambiguous)
{
    auto documents = workspace.documents().list();
    if (!documents)
        return documents.error();
    QList<Id> found;
    for (const Document &d : std::as_const(*documents)) {
        if (d.key == key)
            return d.id;
        if (d.key.startsWith(key))
            found.append(d.id);
    }
    if (ambiguous)
        *ambiguous = found.size() > 1;
    if (found.isEmpty())
        return Error(QCoreApplication::translate("cp::cli", "there is no document “%1” (see countyplan info)").arg(key));
    if (found.size() > 1)
        return Error(QCoreApplication::translate("cp::cli", "“%1” starts several documents' keys; give more of the key").arg(key));
    return found.first();
}

Result<Id> findDepartment(const Workspace &workspace, const QString &name, Id regionId, bool *ambiguous)
{
    auto regions = workspace.regions().all();
    if (!regions)
        return regions.error();
    QList<Id> found;
    for (const Region &r : std::as_const(*regions)) {
        if (regionId && r.id != regionId)
            continue;
        auto id = workspace.departments().resolve(r.id, name);
        if (!id)
            return id.error();
        if (*id)
            found.append(*id);
    }
    if (ambiguous)
        *ambiguous = found.size() > 1;
    if (found.isEmpty())
        return Error(QCoreApplication::translate("cp::cli", "there is no department “%1”").arg(name));
    if (found.size() > 1)
        return Error(QCoreApplication::translate("cp::cli", "several regions have a department “%1”; name one with --region").arg(name));
    return found.first();
}

} // namespace cp::cli

// countyplan: the GUI with no subcommand, otherwise one of the command-line subcommands.
#include "Language.h"
#include "cli/Cli.h"
#include "storage/Workspace.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>
#include <memory>

namespace {

QString argumentValue(const QStringList &arguments, const QString &option)
{
    const qsizetype i = arguments.indexOf(option);
    if (i >= 0 && i + 1 < arguments.size())
        return arguments.at(i + 1);
    const QString prefix = option + QLatin1Char('=');
    for (const QString &a : arguments) {
        if (a.startsWith(prefix))
            return a.mid(prefix.size());
    }
    return {};
}

// Options of the program itself (GUI start); --help and --version print and exit.
void setUpParser(QCommandLineParser &parser)
{
    using namespace cp;
    parser.setApplicationDescription(
        QCoreApplication::translate("cp::cli", "CountyPlan — the county planner's ledger (县域规划台账).") + QStringLiteral("\n\n")
        + cli::commandSummaries());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(cli::dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("cp::cli", "Language: zh_CN or en."),
                                        QStringLiteral("code")));
}

int runGui(QApplication &app)
{
    using namespace cp;
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Workspace::defaultPath();
    ui::MainWindow window;
    // First start: the default workspace holds the five reference documents.
    const bool firstStart = !parser.isSet(QStringLiteral("db")) && !QFileInfo::exists(path);
    if (Status s = firstStart ? window.createReferenceWorkspace(path) : window.openWorkspace(path); !s) {
        QMessageBox::critical(&window, QCoreApplication::translate("cp::cli", "Cannot open the workspace"),
                              s.error().message());
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace cp;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const QString name = cli::subcommandName(arguments);
    const cli::Command *command = name.isEmpty() ? nullptr : cli::findCommand(name);
    // Help, version and mistakes are answered without a display.
    const bool printOnly = (!name.isEmpty() && !command)
                           || (!command && std::any_of(arguments.begin() + 1, arguments.end(), [](const QString &a) {
                                  return a == QLatin1String("--help") || a == QLatin1String("-h")
                                         || a == QLatin1String("--version") || a == QLatin1String("-v");
                              }));
    const cli::AppKind kind = command ? command->app : printOnly ? cli::AppKind::Core : cli::AppKind::Widgets;
    // Subcommands that draw do so offscreen unless the caller chose a platform.
    if (command && kind != cli::AppKind::Core && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (kind == cli::AppKind::Core)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else if (kind == cli::AppKind::Gui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("countyplan"));
    QCoreApplication::setApplicationName(QStringLiteral("countyplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTYPLAN_VERSION));

    const QString lang = argumentValue(arguments, QStringLiteral("--lang"));
    if (!lang.isEmpty() && !ui::Language::available().contains(lang))
        return cli::fail(QStringLiteral("unknown language “%1”; expected one of %2")
                             .arg(lang, ui::Language::available().join(QStringLiteral(", "))),
                         cli::UsageError);
    ui::Language::install(lang.isEmpty() ? ui::Language::preferred() : lang);

    if (!name.isEmpty() && !command) {
        return cli::fail(QCoreApplication::translate("cp::cli", "unknown command “%1”").arg(name) + QStringLiteral("\n\n")
                             + cli::commandSummaries(),
                         cli::UsageError);
    }
    if (command) {
        QStringList commandArguments = arguments;
        commandArguments.removeAt(commandArguments.indexOf(name, 1));
        commandArguments[0] = QStringLiteral("countyplan ") + name;
        return command->run(commandArguments);
    }
    if (printOnly) {
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(*app); // prints and exits
        return cli::Success;
    }
    return runGui(static_cast<QApplication &>(*app));
}

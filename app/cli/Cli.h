#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace cp {
class Workspace;
}

namespace cp::cli {

// Which QCoreApplication a subcommand needs: plain, with fonts and painting, or with widgets.
enum class AppKind { Core, Gui, Widgets };

struct Command
{
    QString name;
    const char *summary; // translated in context "cp::cli"
    AppKind app;
    std::function<int(const QStringList &arguments)> run; // arguments[0] is "countyplan <name>"
};

// Exit codes of every subcommand.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

const QList<Command> &commands();
const Command *findCommand(const QString &name);
// The subcommand named on the command line, skipping global options and their values.
QString subcommandName(const QStringList &arguments);
QString commandSummaries();

QTextStream &out();
QTextStream &err();
// Prints "countyplan: message" on stderr and returns code.
int fail(const QString &message, int code = Failure);

// Sets up a subcommand's parser (name, description, --help) and parses; on a usage error or
// --help prints and returns the exit code to use, otherwise std::nullopt.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                         const QString &positionalName = QString(), const QString &positionalHelp = QString());
// Reads --db (required) and opens the workspace; mustExist refuses to create a new file.
Status openWorkspace(Workspace &workspace, const QCommandLineParser &parser, bool mustExist);
QCommandLineOption dbOption();
// The document named by its key or the unique start of one ("000" for 000_50bff886…); sets
// *ambiguous when the start fits several keys (a usage mistake rather than a failure).
Result<Id> findDocument(const Workspace &workspace, const QString &key, bool *ambiguous = nullptr);
// The department of that name (or other name) in the region, or in any region (0) where only one
// has it; sets *ambiguous when several regions do.
Result<Id> findDepartment(const Workspace &workspace, const QString &name, Id regionId, bool *ambiguous = nullptr);

// Registered by each command file.
QList<Command> workspaceCommands();
QList<Command> importCommands();
QList<Command> generateCommands();
QList<Command> scoreCommands();
QList<Command> progressCommands();
QList<Command> packetCommands();
QList<Command> screenshotCommands();
QList<Command> chartCommands();
QList<Command> reportCommands();
// countyplan report add: a department's monthly report on a task (ProgressCommands.cpp).
int runReportAdd(const QStringList &arguments);

} // namespace cp::cli

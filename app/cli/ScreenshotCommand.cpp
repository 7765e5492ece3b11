// countyplan screenshot: the main window rendered offscreen to a PNG.
#include "Cli.h"

#include "storage/Workspace.h"
#include "meeting/MeetingWindow.h"
#include "views/ExportDialog.h"
#include "views/MainWindow.h"
#include "views/ReportDialog.h"
#include "views/Screenshot.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

int runScreenshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The PNG file to write."), tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("view"), tr("The view to show: workspace, document, departments, dispatch, reporting, charts, meeting (its first slide, or --slide N), reports or export (the dialogs of File → Reports… and Export Tables…)."),
                                        tr("name"), QStringLiteral("workspace")));
    parser.addOption(QCommandLineOption(QStringLiteral("slide"), tr("The meeting's slide to show, from 1."), tr("n"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("size"), tr("Window size in pixels."), tr("WxH"),
                                        QStringLiteral("1400x860")));
    if (auto code = parse(parser, arguments, tr("Render the main window to a PNG file without a display.")))
        return *code;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return fail(tr("--out is required"), UsageError);
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto m = sizePattern.match(parser.value(QStringLiteral("size")));
    if (!m.hasMatch())
        return fail(tr("--size expects WIDTHxHEIGHT, e.g. 1280x800"), UsageError);
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    const QString view = parser.value(QStringLiteral("view"));
    static const QStringList views{QStringLiteral("main"),        QStringLiteral("workspace"), QStringLiteral("document"),
                                   QStringLiteral("departments"), QStringLiteral("dispatch"),  QStringLiteral("reporting"),
                                   QStringLiteral("charts"),      QStringLiteral("meeting"),   QStringLiteral("reports"),
                                   QStringLiteral("export")};
    if (!views.contains(view))
        return fail(tr("unknown view “%1”; expected workspace, document, departments, dispatch, reporting, charts, meeting, reports or export")
                        .arg(view),
                    UsageError);
    if (parser.value(QStringLiteral("db")).isEmpty())
        return fail(tr("--db is required: name the workspace file"), UsageError);

    ui::MainWindow window;
    if (Status s = window.openWorkspace(parser.value(QStringLiteral("db")), true); !s)
        return fail(s.error().message());
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();
    QImage image;
    if (view == QLatin1String("meeting")) {
        window.showView(QStringLiteral("dispatch"));
        QCoreApplication::processEvents();
        window.presentMeeting();
        ui::MeetingWindow *meeting = window.meetingWindow();
        if (!meeting)
            return fail(tr("the meeting could not be opened"));
        const int slide = parser.value(QStringLiteral("slide")).toInt();
        if (slide < 1 || slide > meeting->slideCount())
            return fail(tr("--slide must be from 1 to %1").arg(meeting->slideCount()), UsageError);
        meeting->showNormal(); // rendered at --size, not the offscreen screen's
        meeting->goTo(slide - 1);
        image = ui::renderWidget(meeting, size);
    } else if (view == QLatin1String("reports") || view == QLatin1String("export")) {
        // The dialog as File → Reports… opens it from the dispatch tab, at the size it asks for
        // unless --size says otherwise.
        window.showView(QStringLiteral("dispatch"));
        QCoreApplication::processEvents();
        QWidget *dialog = view == QLatin1String("reports") ? static_cast<QWidget *>(window.openReports())
                                                           : window.openExportTables();
        if (!dialog)
            return fail(tr("the dialog could not be opened"));
        QCoreApplication::processEvents();
        image = ui::renderWidget(dialog, parser.isSet(QStringLiteral("size")) ? size : dialog->sizeHint().expandedTo(QSize(720, 0)));
    } else {
        window.showView(view);
        image = ui::renderWidget(&window, size);
    }

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(outPath), file.errorString()));
    return Success;
}

} // namespace

QList<Command> screenshotCommands()
{
    return {
        {QStringLiteral("screenshot"), QT_TRANSLATE_NOOP("cp::cli", "Render the main window to a PNG file."),
         AppKind::Widgets, runScreenshot},
    };
}

} // namespace cp::cli

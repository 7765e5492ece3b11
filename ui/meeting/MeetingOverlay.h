#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QTemporaryDir;

namespace cp {
class Workspace;
}

namespace cp::ui {

// What a click on a slide opens over it: a task with its units, targets and latest report with its
// evidence (double-click a file to open it), or a department's score part by part.
class MeetingOverlay : public QFrame
{
    Q_OBJECT

public:
    MeetingOverlay(Workspace *workspace, QWidget *parent = nullptr);
    ~MeetingOverlay() override;

    void showTask(Id taskId, Month month);
    void showDepartment(Id departmentId, Id regionId, Month month);
    void setScale(double scale);

    QString heading() const;
    QString body() const;
    QStringList evidenceNames() const;
    // Writes an evidence file under its own name into a temporary folder; its path.
    QString exportEvidence(const QString &sha256);

private:
    Workspace *m_workspace;
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QListWidget *m_evidence = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace cp::ui

#pragma once

#include "models/store/TenantRepository.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace agentp::views {

// Shown under the settings form when the server did not take the user's change: the server's
// reason, then for every setting the change touched its value before the edit, theirs (now on
// the server) and yours, with the differing ones in bold (not colour alone); "Re-apply mine"
// (Alt+M) and "Keep theirs" (Alt+T; "Discard mine" when it was not a conflict).
class TenantConflictPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit TenantConflictPanel(QWidget *parent = nullptr);

    // Hidden unless the status needs the user's decision.
    void setStatus(const store::TenantPatchStatus &status);

signals:
    void reapplyRequested();
    void keepTheirsRequested();

private:
    void clearRows();

    QLabel *m_text;
    QGridLayout *m_grid;
    QPushButton *m_reapply;
    QPushButton *m_keepTheirs;
};

} // namespace agentp::views

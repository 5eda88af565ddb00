#pragma once

#include "models/store/SalonActionUndo.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QSpinBox;
class QTableView;

namespace agentp::store {
class Workspace;
}

namespace agentp::models {
class RiskModel;
class WaitlistModel;
} // namespace agentp::models

namespace agentp::views {

class UndoBar;

// Waitlist & risks: side by side, the clients waiting for a slot (left) and the booked slots
// likely to be cancelled (right, risk ≥ the threshold, with the reasons in words). Actions:
// Convert, Cancel, Contact on a waiting client; Notify, Ignore on a risky slot; Match pairs the
// two selected rows when they are compatible (otherwise the reason shows inline and nothing is
// queued). Every action updates the rows at once and queues an intent that waits out the undo
// window; the inline bar counts it down and Undo (Ctrl+Z) restores the rows. New waiting clients
// arriving through sync are announced in a banner and the status bar.
class WaitlistRisksPane final : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kDefaultUndoMs = 5000;

    explicit WaitlistRisksPane(store::Workspace &workspace, QWidget *parent = nullptr);

    models::WaitlistModel *waitlistModel() const { return m_waitlist; }
    models::RiskModel *riskModel() const { return m_risks; }
    QTableView *waitlistTable() const { return m_waitlistTable; }
    QTableView *riskTable() const { return m_riskTable; }
    UndoBar *undoBar() const { return m_undoBar; }

    // "Now" for which slots are still ahead and how long clients wait (tests pin it).
    void setClock(Clock clock);
    // Length of the undo window in milliseconds (tests shorten it instead of waiting).
    void setUndoWindow(int ms) { m_undoMs = ms; }
    int undoWindow() const { return m_undoMs; }

    // The actions on the current selection; each returns true when something was queued.
    bool convertSelected();
    bool cancelSelected();
    bool contactSelected();
    bool matchSelected();
    bool notifySelected();
    bool ignoreSelected();
    bool retrySelected();
    bool undoLast();

    // The inline message under the toolbar (match refusals, contact details, errors).
    QString message() const;
    QString announcement() const;

signals:
    // Background notices and results, for the status bar.
    void notice(const QString &message);

private:
    void buildToolbars();
    void updateActions();
    void updateDataAsOf();
    void announce(const QList<qint64> &ids);
    void showMessage(const QString &html);
    void afterAction(const store::ActionResult &result, const store::StoreError &error,
                     const QString &who, const QStringList &tables);
    store::ActionContext actionContext() const;
    qint64 selectedItemId() const;
    qint64 selectedBookingId() const;

    store::Workspace &m_workspace;
    models::WaitlistModel *m_waitlist;
    models::RiskModel *m_risks;
    QTableView *m_waitlistTable;
    QTableView *m_riskTable;
    QComboBox *m_salon;
    QSpinBox *m_threshold;
    QLabel *m_dataAsOf;
    QLabel *m_message;
    QFrame *m_banner;
    QLabel *m_bannerText;
    UndoBar *m_undoBar;
    QLabel *m_riskDetails; // the selected booking's reasons, in full
    QAction *m_convert = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_contact = nullptr;
    QAction *m_match = nullptr;
    QAction *m_notify = nullptr;
    QAction *m_ignore = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_undo = nullptr;
    store::UndoTicket m_lastTicket;
    Clock m_clock;
    int m_undoMs = kDefaultUndoMs;
};

} // namespace agentp::views

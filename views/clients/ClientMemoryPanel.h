#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace agentp::views {

// "What the bot remembers" about the selected client: client_memory rendered as labelled,
// readable fields (models::ClientMemoryFields) — never the raw JSON. Each value label is named
// "memoryValue_<key>" so tests and screen readers find it.
class ClientMemoryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ClientMemoryPanel(QSqlDatabase db, QWidget *parent = nullptr);

    // Shows the memory of `clientId` (empty: nothing selected).
    void showClient(const QString &clientId, const QString &clientName);
    QString clientId() const { return m_clientId; }
    void reload() { showClient(m_clientId, m_clientName); }

private:
    void clearFields();

    QSqlDatabase m_db;
    QString m_clientId;
    QString m_clientName;
    QLabel *m_title;
    QLabel *m_state;
    QFormLayout *m_fields;
};

} // namespace agentp::views

#include "views/clients/ClientMemoryPanel.h"

#include "models/items/ClientMemoryFields.h"
#include "models/store/ClientRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace agentp::views {

ClientMemoryPanel::ClientMemoryPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_fields(new QFormLayout)
{
    setObjectName(QStringLiteral("clientMemoryPanel"));
    m_title->setObjectName(QStringLiteral("memoryTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state->setObjectName(QStringLiteral("memoryState"));
    m_state->setWordWrap(true);

    auto *content = new QWidget;
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    content->setLayout(m_fields);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);
    showClient({}, {});
}

void ClientMemoryPanel::clearFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
}

void ClientMemoryPanel::showClient(const QString &clientId, const QString &clientName)
{
    m_clientId = clientId;
    m_clientName = clientName;
    clearFields();
    if (clientId.isEmpty()) {
        m_title->setText(tr("What the bot remembers"));
        m_state->setText(tr("Select a client to see what the bot remembers about them."));
        return;
    }
    m_title->setText(tr("What the bot remembers about %1").arg(clientName));

    store::StoreError error;
    const auto memory = store::ClientRepository(m_db).memory(clientId, &error);
    if (error.isError()) {
        m_state->setText(error.message);
        return;
    }
    if (!memory) {
        m_state->setText(tr("The bot has not remembered anything about this client yet."));
        return;
    }
    bool readable = true;
    const QList<models::MemoryField> fields =
        models::ClientMemoryFields::fromMemory(*memory, &readable);
    QStringList notes;
    if (!readable)
        notes << tr("Part of the bot's memory could not be read; it is not shown.");
    if (fields.isEmpty() && readable)
        notes << tr("The bot has not remembered anything about this client yet.");
    if (memory->updatedAt.isValid())
        notes << tr("Updated %1")
                     .arg(
                         QLocale().toString(memory->updatedAt.toLocalTime(), QLocale::ShortFormat));
    m_state->setText(notes.join(QLatin1Char('\n')));

    for (const models::MemoryField &field : fields) {
        auto *value = new QLabel(field.value);
        value->setObjectName(QStringLiteral("memoryValue_") + field.key);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText); // the bot's text is data, never markup
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(field.label + QLatin1Char(':'));
        label->setObjectName(QStringLiteral("memoryLabel_") + field.key);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(value);
        m_fields->addRow(label, value);
    }
}

} // namespace agentp::views

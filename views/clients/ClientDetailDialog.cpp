#include "views/clients/ClientDetailDialog.h"

#include "models/items/SessionLabels.h"
#include "models/store/ClientRepository.h"
#include "views/sessions/SessionHistoryDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

QString dateTimeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStandardItemModel *tableModel(const QStringList &headers, QObject *parent)
{
    auto *model = new QStandardItemModel(0, int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    return model;
}

void appendRow(QStandardItemModel *model, const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setEditable(false);
        items << item;
    }
    model->appendRow(items);
}

} // namespace

ClientDetailDialog::ClientDetailDialog(QSqlDatabase db, const domain::ClientRow &client,
                                       QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("clientDetailDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Client — %1").arg(client.fullName));
    resize(820, 520);

    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("clientHeader"));
    header->setTextFormat(Qt::PlainText);
    QStringList facts{client.fullName};
    if (!client.phone.isEmpty())
        facts << client.phone;
    facts << tr("%n visit(s)", nullptr, client.visitCount);
    if (!client.favouriteMaster.isEmpty())
        facts << tr("favourite master: %1").arg(client.favouriteMaster);
    header->setText(facts.join(QStringLiteral(" · ")));

    QStringList errors;
    QString error;
    addTab(QStringLiteral("visits"), tr("Visits"), visitsModel(&error), tr("No visits yet."));
    errors << error;
    error.clear();
    QTableView *sessions = addTab(QStringLiteral("sessions"), tr("Bot dialogs"),
                                  sessionsModel(&error), tr("No dialogs with the bot."));
    errors << error;
    error.clear();
    addTab(QStringLiteral("waitlist"), tr("Waitlist"), waitlistModel(&error),
           tr("Never on the waitlist."));
    errors << error;
    error.clear();
    addTab(QStringLiteral("predictions"), tr("Predictions"), predictionsModel(&error),
           tr("No upcoming booking has a risk prediction."));
    errors << error;
    errors.removeAll(QString());
    errors.removeDuplicates();

    connect(sessions, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openSession(index.row()); });
    auto *open = new QAction(tr("Open dialog"), sessions);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this,
            [this, sessions] { openSession(sessions->currentIndex().row()); });
    sessions->addAction(open);
    sessions->setToolTip(tr("Double-click or press Enter to read the dialog"));

    auto *problems = new QLabel(errors.join(QLatin1Char('\n')), this);
    problems->setObjectName(QStringLiteral("detailErrors"));
    problems->setVisible(!errors.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(problems);
    layout->addWidget(buttons);
}

QTableView *ClientDetailDialog::table(const QString &name) const
{
    return m_tabs->findChild<QTableView *>(name + QStringLiteral("Table"));
}

QTableView *ClientDetailDialog::addTab(const QString &name, const QString &title,
                                       QStandardItemModel *model, const QString &emptyText)
{
    auto *page = new QWidget;
    auto *view = new QTableView(page);
    view->setObjectName(name + QStringLiteral("Table"));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    auto *empty = new QLabel(emptyText, page);
    empty->setVisible(model->rowCount() == 0);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    layout->addWidget(empty);
    m_tabs->addTab(page,
                   model->rowCount() > 0 ? tr("%1 (%2)").arg(title).arg(model->rowCount()) : title);
    return view;
}

QStandardItemModel *ClientDetailDialog::visitsModel(QString *error)
{
    auto *model =
        tableModel({tr("Date"), tr("Service"), tr("Master"), tr("Price"), tr("Status")}, this);
    store::StoreError storeError;
    for (const domain::ClientVisit &v :
         store::ClientRepository(m_db).visits(m_client.id, &storeError)) {
        QString status = v.status;
        if (v.status == QLatin1String("completed"))
            status = tr("Completed");
        else if (v.status == QLatin1String("cancelled"))
            status = tr("Cancelled");
        else if (v.status == QLatin1String("no_show"))
            status = tr("Did not come");
        appendRow(model,
                  {dateTimeText(v.at), v.service, v.master,
                   v.price ? tr("%1 ₽").arg(QLocale().toString(*v.price)) : QString(), status});
    }
    *error = storeError.message;
    return model;
}

QStandardItemModel *ClientDetailDialog::sessionsModel(QString *error)
{
    auto *model =
        tableModel({tr("Date"), tr("Status"), tr("Intent"), tr("Service"), tr("Messages")}, this);
    store::StoreError storeError;
    m_sessions = store::ClientRepository(m_db).sessions(m_client.id, &storeError);
    for (const domain::BotSession &s : m_sessions)
        appendRow(model, {dateTimeText(s.startedAt), models::SessionLabels::status(s.status),
                          models::SessionLabels::intent(s.intent), s.service,
                          QLocale().toString(s.messageCount)});
    *error = storeError.message;
    return model;
}

QStandardItemModel *ClientDetailDialog::waitlistModel(QString *error)
{
    auto *model = tableModel(
        {tr("Asked"), tr("Service"), tr("Master"), tr("Wanted day"), tr("Time"), tr("Status")},
        this);
    store::StoreError storeError;
    for (const domain::ClientWaitlistEntry &e :
         store::ClientRepository(m_db).waitlist(m_client.id, &storeError)) {
        QString status = e.status;
        if (e.status == QLatin1String("pending"))
            status = tr("Waiting");
        else if (e.status == QLatin1String("converted"))
            status = tr("Booked");
        else if (e.status == QLatin1String("cancelled"))
            status = tr("Cancelled");
        else if (e.status == QLatin1String("matched"))
            status = tr("Matched to a slot");
        const QString window = e.windowFrom.isEmpty() && e.windowTo.isEmpty()
                                   ? tr("any time")
                                   : tr("%1–%2").arg(e.windowFrom, e.windowTo);
        appendRow(model, {dateTimeText(e.createdAt), e.service, e.master,
                          QLocale().toString(e.wantedDate, QLocale::ShortFormat), window, status});
    }
    *error = storeError.message;
    return model;
}

QStandardItemModel *ClientDetailDialog::predictionsModel(QString *error)
{
    auto *model = tableModel(
        {tr("Slot"), tr("Service"), tr("Master"), tr("Cancellation risk"), tr("Status")}, this);
    store::StoreError storeError;
    for (const domain::ClientPrediction &p :
         store::ClientRepository(m_db).predictions(m_client.id, &storeError)) {
        QString status = p.status;
        if (p.status == QLatin1String("open"))
            status = tr("Open");
        else if (p.status == QLatin1String("notified"))
            status = tr("Client notified");
        else if (p.status == QLatin1String("ignored"))
            status = tr("Ignored");
        else if (p.status == QLatin1String("matched"))
            status = tr("Matched");
        appendRow(model, {dateTimeText(p.slotAt), p.service, p.master,
                          tr("%1 %").arg(qRound(p.riskScore * 100.0)), status});
    }
    *error = storeError.message;
    return model;
}

void ClientDetailDialog::openSession(int row)
{
    if (row < 0 || size_t(row) >= m_sessions.size())
        return;
    auto *dialog = new SessionHistoryDialog(m_db, m_sessions[size_t(row)], this);
    dialog->show();
}

} // namespace agentp::views

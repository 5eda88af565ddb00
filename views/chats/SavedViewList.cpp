#include "views/chats/SavedViewList.h"

#include "models/items/ChatListModel.h"
#include "models/items/SavedViewModel.h"
#include "models/store/SavedViewRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"

#include <QApplication>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

using models::SavedViewModel;
using store::SavedViewRepository;

// The name on the left, the live count right-aligned in a lighter pen.
class CountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString count = QLocale().toString(index.data(SavedViewModel::CountRole).toInt());
        const int countWidth = opt.fontMetrics.horizontalAdvance(count) + 12;
        opt.text =
            opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, opt.rect.width() - countWidth - 8);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        painter->save();
        QColor pen = opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        pen.setAlphaF(0.7);
        painter->setPen(pen);
        painter->drawText(opt.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, count);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // As tall as a sidebar row, so the views read as part of the navigation above.
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), qMax(size.height(), option.fontMetrics.height() + 10)};
    }
};

} // namespace

SavedViewList::SavedViewList(store::Workspace &workspace, models::ChatListModel *chats,
                             QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_chats(chats)
    , m_model(
          new SavedViewModel(workspace.database().connection(), &workspace.notifier(), chats, this))
    , m_list(new QListView(this))
    , m_save(new QToolButton(this))
{
    setObjectName(QStringLiteral("savedViewList"));
    auto *title = new QLabel(tr("<b>Views</b>"), this);
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the chat list's search, filters and sort as a view "
                          "(Ctrl+Shift+S in Chats)"));
    m_save->setAutoRaise(true);
    connect(m_save, &QToolButton::clicked, this, &SavedViewList::saveCurrentAsk);

    m_list->setObjectName(QStringLiteral("savedViews"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CountDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(tr("Chat views"));
    m_list->installEventFilter(this);
    connect(m_list, &QListView::clicked, this, [this] { announce(); });
    connect(m_list, &QListView::customContextMenuRequested, this, &SavedViewList::showMenu);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 0, 0, 0);
    header->addWidget(title, 1);
    header->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);

    connect(m_model, &SavedViewModel::loadFailed, this, &SavedViewList::notice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SavedViewList::markActive);
    connect(m_chats, &models::ChatListModel::filterChanged, this, &SavedViewList::markActive);
    markActive();
}

SavedViewRepository SavedViewList::repository() const
{
    return SavedViewRepository(m_workspace.database().connection());
}

qint64 SavedViewList::currentViewId() const
{
    const auto *v = m_model->viewAt(m_list->currentIndex().row());
    return v ? v->id : 0;
}

void SavedViewList::announce()
{
    if (const auto *v = m_model->viewAt(m_list->currentIndex().row()))
        emit viewChosen(v->filter);
}

void SavedViewList::markActive()
{
    const int row = m_model->rowOfFilter(m_chats->filter());
    const QSignalBlocker block(m_list->selectionModel());
    if (row < 0) {
        m_list->selectionModel()->clearSelection();
    } else {
        m_list->selectionModel()->setCurrentIndex(m_model->index(row),
                                                  QItemSelectionModel::ClearAndSelect);
    }
    m_list->viewport()->update();
}

void SavedViewList::afterWrite()
{
    m_workspace.notifier().notify({QStringLiteral("saved_filters")});
    m_model->reload(); // at once, so the row can be selected now
    markActive();
}

bool SavedViewList::saveCurrent(const QString &name)
{
    store::StoreError error;
    QString problem;
    const qint64 id = repository().add(name, m_chats->filter(), &problem, &error);
    if (id == 0) {
        emit notice(error.isError() ? error.message : problem);
        return false;
    }
    afterWrite();
    return true;
}

bool SavedViewList::renameView(qint64 id, const QString &name)
{
    store::StoreError error;
    QString problem;
    if (!repository().rename(id, name, &problem, &error)) {
        emit notice(error.isError() ? error.message : problem);
        return false;
    }
    afterWrite();
    return true;
}

bool SavedViewList::deleteView(qint64 id)
{
    store::StoreError error;
    if (!repository().remove(id, &error)) {
        emit notice(error.message);
        return false;
    }
    afterWrite();
    return true;
}

bool SavedViewList::moveView(qint64 id, int delta)
{
    const int row = m_model->rowOfView(id);
    if (row < 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return false;
    store::StoreError error;
    if (!repository().move(id, row + delta, &error)) {
        emit notice(error.message);
        return false;
    }
    afterWrite();
    m_list->setCurrentIndex(m_model->index(m_model->rowOfView(id)));
    return true;
}

bool SavedViewList::updateView(qint64 id)
{
    store::StoreError error;
    if (!repository().update(id, m_chats->filter(), &error)) {
        emit notice(error.message);
        return false;
    }
    afterWrite();
    return true;
}

void SavedViewList::saveCurrentAsk()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save chat view"),
                              tr("Name of the view (the current search, filters and sort):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    store::StoreError error;
    const qint64 existing = repository().idOf(name, &error);
    if (existing != 0) {
        const auto answer = QMessageBox::question(
            this, tr("Save chat view"),
            tr("A view called “%1” already exists. Replace what it shows with the current "
               "filters?")
                .arg(name));
        if (answer == QMessageBox::Yes)
            updateView(existing);
        return;
    }
    saveCurrent(name);
}

void SavedViewList::renameAsk(qint64 id)
{
    const int row = m_model->rowOfView(id);
    if (row < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename chat view"), tr("New name:"),
                                               QLineEdit::Normal, m_model->viewAt(row)->name, &ok);
    if (ok)
        renameView(id, name);
}

void SavedViewList::deleteAsk(qint64 id)
{
    const int row = m_model->rowOfView(id);
    if (row < 0)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete chat view"),
                              tr("Delete the view “%1”? The chats stay; only the view goes.")
                                  .arg(m_model->viewAt(row)->name));
    if (answer == QMessageBox::Yes)
        deleteView(id);
}

void SavedViewList::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        const qint64 id = m_model->viewAt(index.row())->id;
        menu.addAction(tr("Show"), this, [this] { announce(); });
        menu.addAction(tr("Rename…"), this, [this, id] { renameAsk(id); })
            ->setShortcut(QKeySequence(Qt::Key_F2));
        menu.addAction(tr("Replace with the current filters"), this,
                       [this, id] { updateView(id); });
        menu.addSeparator();
        QAction *up = menu.addAction(tr("Move up"), this, [this, id] { moveView(id, -1); });
        up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
        up->setEnabled(index.row() > 0);
        QAction *down = menu.addAction(tr("Move down"), this, [this, id] { moveView(id, 1); });
        down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
        down->setEnabled(index.row() + 1 < m_model->rowCount());
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, [this, id] { deleteAsk(id); })
            ->setShortcut(QKeySequence::Delete);
        menu.addSeparator();
    }
    menu.addAction(tr("Save the current filters as a view…"), this, &SavedViewList::saveCurrentAsk);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool SavedViewList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const qint64 id = currentViewId();
        if (id != 0) {
            const bool ctrl = key->modifiers() == Qt::ControlModifier;
            if (key->key() == Qt::Key_F2) {
                renameAsk(id);
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                deleteAsk(id);
                return true;
            }
            if (ctrl && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
                moveView(id, key->key() == Qt::Key_Up ? -1 : 1);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                announce();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace agentp::views

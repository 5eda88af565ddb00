#include "views/waitlist/UndoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <cmath>

namespace agentp::views {

UndoBar::UndoBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("undoBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text->setObjectName(QStringLiteral("undoText"));
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Take the action back before it is sent (Ctrl+Z)"));
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    layout->addWidget(close);

    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &UndoBar::tick);
    connect(m_undo, &QPushButton::clicked, this, &UndoBar::undoRequested);
    connect(close, &QToolButton::clicked, this, &UndoBar::hide);
    hide();
}

void UndoBar::start(const QString &text, int windowMs)
{
    m_text->setText(text);
    m_deadline = QDeadlineTimer(std::max(0, windowMs));
    m_undo->show();
    show();
    m_ticker->start();
    tick();
}

void UndoBar::showMessage(const QString &text)
{
    m_ticker->stop();
    m_deadline = QDeadlineTimer(0);
    m_text->setText(text);
    m_undo->hide();
    show();
}

void UndoBar::dismiss()
{
    m_ticker->stop();
    m_deadline = QDeadlineTimer(0);
    hide();
}

QString UndoBar::text() const
{
    return m_text->text();
}

bool UndoBar::canUndo() const
{
    return isVisibleTo(parentWidget()) && m_undo->isVisibleTo(this) && !m_deadline.hasExpired();
}

void UndoBar::tick()
{
    const qint64 left = m_deadline.remainingTime();
    if (left <= 0) {
        m_ticker->stop();
        m_undo->hide();
        hide();
        emit expired();
        return;
    }
    const int seconds = int(std::ceil(double(left) / 1000.0));
    m_undo->setText(tr("Undo (%1 s)").arg(seconds));
}

} // namespace agentp::views

#pragma once

#include <QStyledItemDelegate>

namespace agentp::views {

// Draws the risk column as a bar proportional to the score with the percentage as text on top,
// so the value reads without colour; the bar's colour deepens past 50 % and 80 %. The style draws
// the cell background and selection first.
class RiskBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RiskBarDelegate(int scoreRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_scoreRole;
};

} // namespace agentp::views

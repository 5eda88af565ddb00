#pragma once

#include <QString>
#include <QTemporaryDir>

namespace agentp::testing {

// A scratch folder for one test; the workspace file lives inside and disappears with it.
class TempWorkspace final
{
public:
    TempWorkspace();
    bool isValid() const { return m_dir.isValid(); }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name = QStringLiteral("workspace.agentp")) const;

private:
    QTemporaryDir m_dir;
};

// Reads a whole file; empty on error.
QByteArray readAll(const QString &path);

} // namespace agentp::testing

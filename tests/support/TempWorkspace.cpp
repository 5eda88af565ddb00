#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>

namespace agentp::testing {

TempWorkspace::TempWorkspace()
    : m_dir(QDir::tempPath() + QStringLiteral("/agentp-test-XXXXXX"))
{}

QString TempWorkspace::file(const QString &name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace agentp::testing

#include "models/store/SqliteFileHeader.h"

#include <QFile>
#include <QFileInfo>

namespace agentp::store {

namespace {
constexpr int kHeaderSize = 100;
constexpr int kUserVersionOffset = 60;
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL byte in the file
} // namespace

SqliteFileHeader SqliteFileHeader::read(const QString &path)
{
    SqliteFileHeader header;
    const QFileInfo info(path);
    if (!info.exists()) {
        header.status = Status::Missing;
        return header;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.status = Status::Unreadable;
        header.error = file.errorString();
        return header;
    }
    if (file.size() == 0) {
        header.status = Status::Empty;
        return header;
    }
    const QByteArray bytes = file.read(kHeaderSize);
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArray(kMagic, sizeof kMagic))) {
        header.status = Status::NotSqlite;
        return header;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + kUserVersionOffset;
    // The header stores user_version as a big-endian 32-bit signed integer.
    const quint32 raw =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    header.userVersion = static_cast<qint32>(raw);
    header.status = Status::Ok;
    return header;
}

} // namespace agentp::store

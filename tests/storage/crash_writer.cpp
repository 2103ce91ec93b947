// Writes versions of one file through LoginWriter::writeFile in a loop until it is killed: the crash test
// (tst_LoginWriter::killedMidWrite) SIGKILLs it at random moments and reads what is left.
#include "app/storage/LoginWriter.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString path = QFile::decodeName(argv[1]);
    for (int version = 1;; ++version) {
        // 4 MiB a version, so that a kill often lands in the middle of a write.
        QByteArray content = "version " + QByteArray::number(version) + '\n';
        content += QByteArray(4 * 1024 * 1024, char('a' + version % 26));
        if (!ghcr::LoginWriter::writeFile(path, content).ok)
            return 1;
    }
}

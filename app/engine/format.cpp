#include "format.h"

namespace gma::format {

QString bytes(qint64 n, const QLocale &locale)
{
    return locale.formattedDataSize(n, n < 1024 * 1024 ? 0 : 1, QLocale::DataSizeIecFormat);
}

QString duration(qint64 ms, const QLocale &locale)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return QStringLiteral("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 2));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

QString utcTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                          : QStringLiteral("—");
}

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace gma::format

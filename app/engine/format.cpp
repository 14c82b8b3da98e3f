#include "format.h"

#include <QRegularExpression>

namespace gma::format {

QString bytes(qint64 n, const QLocale &locale)
{
    return locale.formattedDataSize(n, n < 1024 * 1024 ? 0 : 1, QLocale::DataSizeIecFormat);
}

bool parseDuration(const QString &text, qint64 *ms)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|min|h)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString unit = m.captured(2);
    const double factor = unit == QLatin1String("s")     ? 1000.0
                          : unit == QLatin1String("min") ? 60000.0
                          : unit == QLatin1String("h")   ? 3600000.0
                                                         : 1.0;
    const double value = m.captured(1).toDouble() * factor;
    if (value > 24.0 * 3600000.0 * 365)
        return false;
    *ms = qint64(value + 0.5);
    return true;
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

// How the tool writes sizes, durations, counts and times for people, in one place (CLI, reports,
// desktop app). Machine-readable output (--json, showmigrations) does not use these.
// Thread rule: free functions; safe from any thread.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <cstddef>

namespace gma::format {

// "812 B", "3.3 MiB" (IEC units, as pg_size_pretty's powers of 1024), in `locale`.
QString bytes(qint64 bytes, const QLocale &locale = QLocale::c());
// "178 ms", "6.50 s", "2 min 05 s", "1 h 02 min".
QString duration(qint64 ms, const QLocale &locale = QLocale::c());
// A duration as people type it: "500ms", "30s", "2min", "1h" or plain milliseconds ("1500") into
// *ms; false when it is none of these or negative.
bool parseDuration(const QString &text, qint64 *ms);
// "1,000,000" in the locale (QLocale::c() writes no group separator).
QString count(qint64 n, const QLocale &locale = QLocale::c());
// "2026-11-26 10:24:04 UTC" (reports) or the local time in the locale's short format.
QString utcTime(const QDateTime &when);
// ISO 8601 in UTC with milliseconds, for JSON ("" for an invalid time).
QString isoUtc(const QDateTime &when);

// The name of an enum value from a table in the enum's order ("" past its end).
template <typename Enum, std::size_t N>
QString enumName(Enum value, const char *const (&names)[N])
{
    const auto i = std::size_t(value);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}

} // namespace gma::format

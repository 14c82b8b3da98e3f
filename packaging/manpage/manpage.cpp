#include "manpage.h"

#include <QRegularExpression>
#include <QStringList>

namespace gma::manpage {

QString escape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    out.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

namespace {

bool isHeading(const QString &line)
{
    return !line.isEmpty() && !line.at(0).isSpace() && line.endsWith(QLatin1Char(':')) && line.size() < 40 &&
           !line.startsWith(QStringLiteral("Usage:"));
}

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

} // namespace

QString helpToRoff(const QString &help, bool nested)
{
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    QStringList out;
    bool inEntry = false;   // after .TP: continuation lines belong to the entry's description
    bool paragraph = false; // text has been written since the last .PP
    const QStringList lines = help.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed().isEmpty() ? QString() : raw;
        if (line.isEmpty()) {
            if (paragraph || inEntry)
                out << QStringLiteral(".PP");
            paragraph = inEntry = false;
            continue;
        }
        if (line.startsWith(QStringLiteral("Usage:"))) {
            const QString synopsis = line.mid(6).trimmed();
            if (!nested)
                out << QStringLiteral(".SH SYNOPSIS");
            out << QStringLiteral(".B ") + escape(synopsis);
            out << QStringLiteral(".PP");
            if (!nested)
                out << QStringLiteral(".SH DESCRIPTION");
            paragraph = inEntry = false;
            continue;
        }
        if (isHeading(line)) {
            const QString title = line.left(line.size() - 1);
            out << (nested ? QStringLiteral(".PP\n.B ") + escape(title) : QStringLiteral(".SH ") + escape(title.toUpper()));
            paragraph = inEntry = false;
            continue;
        }
        const int indent = indentOf(line);
        const QString text = line.trimmed();
        if (indent > 0 && indent <= 2) {
            // An entry: "item   description" or "item" with the description on the next lines.
            const auto m = gap.match(text);
            const QString item = m.hasMatch() ? text.left(m.capturedStart()) : text;
            const QString description = m.hasMatch() ? text.mid(m.capturedEnd()) : QString();
            out << QStringLiteral(".TP") << QStringLiteral(".B ") + escape(item);
            if (!description.isEmpty())
                out << escape(description);
            inEntry = true;
            paragraph = false;
            continue;
        }
        if (indent > 2 && !inEntry)
            out << QStringLiteral(".RS") << escape(text) << QStringLiteral(".RE");
        else
            out << escape(text);
        paragraph = !inEntry;
    }
    while (!out.isEmpty() && out.last() == QStringLiteral(".PP"))
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString toRoff(const Page &page)
{
    QString out;
    out += QStringLiteral(".TH %1 %2 \"\" \"%3 %4\" \"User Commands\"\n")
               .arg(escape(page.program.toUpper()))
               .arg(page.section)
               .arg(escape(page.program), escape(page.version));
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(escape(page.program), escape(page.summary));
    // QCommandLineParser names the program as it was started (a path, when the build runs it).
    QString help = page.help;
    help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: ") + page.program);
    out += helpToRoff(help, false);
    if (!page.subs.isEmpty()) {
        out += QStringLiteral(".SH %1\n").arg(escape(page.subsHeading));
        for (const Page::Sub &sub : page.subs)
            out += QStringLiteral(".SS %1\n").arg(escape(sub.title)) + helpToRoff(sub.help, true);
    }
    if (!page.seeAlso.isEmpty())
        out += QStringLiteral(".SH SEE ALSO\n%1\n").arg(escape(page.seeAlso));
    return out;
}

} // namespace gma::manpage

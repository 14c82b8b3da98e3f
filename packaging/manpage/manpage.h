// Man pages from the --help text: the binaries print their page with the hidden option
// --help-man, converted from the very text --help prints, so that page and help cannot drift.
// The build runs it (packaging/CMakeLists.txt) and installs the result as gma-migrator(1) and
// gma-migrator-cli(1).
// Help text layout understood (QCommandLineParser's and the CLI's own):
//   "Usage: PROGRAM ..."          the synopsis
//   "Heading:" at column 0       a section (Options, Arguments, Commands, ...)
//   "  item   text"              an entry: an option, a command or an argument, its description
//                                after two or more spaces or on the following, deeper lines
//   other lines                  paragraphs (a blank line separates them)
// Thread rule: plain functions, any thread.
#pragma once

#include <QList>
#include <QString>

namespace gma::manpage {

struct Page
{
    QString program; // "gma-migrator-cli"
    int section = 1;
    QString version; // "0.1.0"
    QString summary; // the NAME line: "carries out ... migration"
    QString help;    // the program's --help text
    // Further sections, each the --help text of a sub-command, shown under .SS title.
    struct Sub
    {
        QString title;
        QString help;
    };
    QString subsHeading; // the .SH heading above the sub-commands ("COMMAND OPTIONS")
    QList<Sub> subs;
    QString seeAlso; // "gma-migrator(1)"
};

// The whole page in roff (man(7) macros).
QString toRoff(const Page &page);
// One help text in roff; headings become .SH, or bold lines when `nested` (inside a .SS).
QString helpToRoff(const QString &help, bool nested);
// Escapes text for roff: backslashes, hyphens as minus signs, a leading dot or apostrophe.
QString escape(const QString &text);

} // namespace gma::manpage

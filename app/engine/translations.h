// The language every program speaks: the locale chosen from --lang or the system, and the
// translators for it (Qt's own messages and the tool's, from the installed .qm files or those
// compiled into the engine at :/i18n).
// Sentences are translated where they are made (tr() of the class, or
// QCoreApplication::translate with the class's or file's context), with plural forms for counts:
// tr("%Ln rows were filled", nullptr, n). What goes into the database, into --json and into
// showmigrations is made in English.
// Thread rule: chosenLocale and english anywhere; install() and useEnglish() on the main thread
// before any worker starts.
#pragma once

#include <QLocale>
#include <QStringList>

namespace gma::i18n {

// --lang LOCALE or --lang=LOCALE (de, de_DE, en ...) in `arguments`, else the system's locale
// (LC_ALL, LC_MESSAGES, LANG, LANGUAGE).
QLocale chosenLocale(const QStringList &arguments);

// Makes `locale` the default (numbers, dates, sizes) and installs Qt's translation (qtbase) and
// the tool's for it into the running QCoreApplication. Calling it again replaces both.
void install(const QLocale &locale);

// English, as for machine-readable output: the C locale as the default, and only the English
// plural forms (gma-migrator_en: "1 row", "2 rows") in place of the tool's and Qt's translators.
// install() also falls back to these for English and for any language without a translation.
void useEnglish();

// The English of `source` (in `context`) whatever language is installed, as for what is stored:
// the source itself, or with a count `n` its English plural form from gma-migrator_en ("1 row",
// "2 rows"), %n and %Ln written as plain digits.
QString english(const char *context, const char *source, int n = -1);

} // namespace gma::i18n

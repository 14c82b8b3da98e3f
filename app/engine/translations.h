// The language every program speaks: the locale chosen from --lang or the system, and the
// translators for it (Qt's own messages and the tool's, from the installed .qm files or those
// compiled into the engine at :/i18n).
// Engine sentences are translated where they are made (tr() of the class, or
// QCoreApplication::translate with the class's or file's context); what goes into the database,
// into --json and into showmigrations is made in English (see each call).
// Thread rule: chosenLocale anywhere; install() on the main thread before any worker starts.
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

// English, as for machine-readable output: removes the tool's and Qt's translators and sets the C
// locale as the default.
void useEnglish();

} // namespace gma::i18n

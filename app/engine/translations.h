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

#include <QCoreApplication>
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

namespace gma {

// A sentence in the tool's language (for a person) and in English (for what is stored: the run
// records), made from `source` in `context`, marked with QT_TRANSLATE_NOOP(context, ...) (with a
// count `n`: QT_TRANSLATE_N_NOOP, %Ln, written "attempt(s)", "{was|were}"), and its arguments %1,
// %2 ..., each a QString (the same in both) or itself a Sentence. Sentence::of is the executor's
// context ("gma::Executor"), Sentence::in any other.
struct Sentence
{
    QString text;
    QString english;

    template <typename... Args>
    static Sentence in(const char *context, const char *source, const Args &...args)
    {
        return make(QCoreApplication::translate(context, source), QString::fromUtf8(source), args...);
    }
    template <typename... Args>
    static Sentence in(const char *context, int n, const char *source, const Args &...args)
    {
        return make(QCoreApplication::translate(context, source, nullptr, n), i18n::english(context, source, n),
                    args...);
    }
    template <typename... Args>
    static Sentence of(const char *source, const Args &...args)
    {
        return in("gma::Executor", source, args...);
    }
    template <typename... Args>
    static Sentence of(int n, const char *source, const Args &...args)
    {
        return in("gma::Executor", n, source, args...);
    }
    // A duration, a size or a count as an argument: in the locale for the person, plain for English.
    static Sentence duration(qint64 ms);
    static Sentence bytes(qint64 bytes);
    static Sentence count(qint64 n);
    // Parts joined by `separator` ("; "), in each language.
    static Sentence join(const QList<Sentence> &parts, const QString &separator);

    bool isEmpty() const { return text.isEmpty(); }

private:
    static const QString &textOf(const QString &s) { return s; }
    static const QString &textOf(const Sentence &s) { return s.text; }
    static const QString &englishOf(const QString &s) { return s; }
    static const QString &englishOf(const Sentence &s) { return s.english; }
    template <typename... Args>
    static Sentence make(const QString &text, const QString &english, const Args &...args)
    {
        if constexpr (sizeof...(Args) == 0)
            return {text, english};
        else
            return {text.arg(textOf(args)...), english.arg(englishOf(args)...)};
    }
};

} // namespace gma

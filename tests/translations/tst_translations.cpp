// The zh_CN catalogue is complete: every string in the sources has a finished translation.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation; // numerus forms joined with \n
    QString type;        // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.append(current);
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueHasNoUnfinishedEntries();
    void everySourceStringIsTranslated();
    void placeholdersSurviveTranslation();
    void englishHasEveryPluralForm();
};

void TestTranslations::catalogueHasNoUnfinishedEntries()
{
    const QList<Message> messages = readTs(QStringLiteral(COUNTYPLAN_SOURCE_DIR "/translations/countyplan_zh_CN.ts"));
    QVERIFY(messages.size() > 100);
    for (const Message &m : messages) {
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2 | %3").arg(m.type, m.context, m.source)));
        QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: %1 | %2").arg(m.context, m.source)));
    }
}

void TestTranslations::everySourceStringIsTranslated()
{
    // Extract the strings the sources use now, exactly as `update_translations` does.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(COUNTYPLAN_SOURCE_DIR));
    lupdate.start(QStringLiteral(COUNTYPLAN_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral("core"),
                   QStringLiteral("-I"), QStringLiteral("ui"), QStringLiteral("-I"), QStringLiteral("app"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QSet<QString> committed;
    for (const Message &m : readTs(QStringLiteral(COUNTYPLAN_SOURCE_DIR "/translations/countyplan_zh_CN.ts"))) {
        if (m.type.isEmpty() && !m.translation.trimmed().isEmpty())
            committed.insert(m.context + QLatin1Char('|') + m.source);
    }
    const QList<Message> used = readTs(fresh);
    QVERIFY(used.size() > 100);
    QStringList missing;
    for (const Message &m : used) {
        const QString key = m.context + QLatin1Char('|') + m.source;
        if (!committed.contains(key))
            missing.append(key);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not translated (run update_translations and translate): ")
                                           + missing.join(QStringLiteral("; "))));
}

void TestTranslations::placeholdersSurviveTranslation()
{
    // A translation that drops %1 or %n would lose the value it stands for.
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    for (const Message &m : readTs(QStringLiteral(COUNTYPLAN_SOURCE_DIR "/translations/countyplan_zh_CN.ts"))) {
        QSet<QString> inSource, inTranslation;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            inSource.insert(it.next().captured(0));
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            inTranslation.insert(it.next().captured(0));
        QVERIFY2(inSource == inTranslation, qPrintable(QStringLiteral("%1 | %2 → %3").arg(m.context, m.source, m.translation)));
    }
}

void TestTranslations::englishHasEveryPluralForm()
{
    // English is the source language; its catalogue gives "1 task" / "2 tasks" for every %n string.
    QSet<QString> plurals;
    for (const Message &m : readTs(QStringLiteral(COUNTYPLAN_SOURCE_DIR "/translations/countyplan_zh_CN.ts"))) {
        if (m.source.contains(QLatin1String("%n")))
            plurals.insert(m.context + QLatin1Char('|') + m.source);
    }
    QVERIFY(!plurals.isEmpty());
    const QList<Message> english = readTs(QStringLiteral(COUNTYPLAN_SOURCE_DIR "/translations/countyplan_en.ts"));
    for (const Message &m : english) {
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 entry in countyplan_en.ts: %2").arg(m.type, m.source)));
        QVERIFY2(!m.translation.contains(QLatin1String("(s)")), qPrintable(m.translation));
        plurals.remove(m.context + QLatin1Char('|') + m.source);
    }
    QVERIFY2(plurals.isEmpty(), qPrintable(QStringList(plurals.values()).join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

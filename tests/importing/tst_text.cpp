// Text that enters the importer: decoding the bytes, Simplified/Traditional script, and numbers.
#include "importing/ChineseNumber.h"
#include "importing/ChineseScript.h"
#include "importing/TextDecoding.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <thread>
#include <vector>

using namespace cp;

namespace {

// Bytes of a literal that may hold NULs, without its terminating NUL.
template<std::size_t N>
QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

bool decodesCleanly(const QByteArray &bytes, const char *encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QStringList seedFiles()
{
    const QDir dir(QStringLiteral(COUNTYPLAN_SEEDS_DIR));
    return dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

QString readSeed(const QString &name)
{
    QFile f(QStringLiteral(COUNTYPLAN_SEEDS_DIR) + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // TextDecoding
    void referenceDocumentsAreUtf8_data();
    void referenceDocumentsAreUtf8();
    void referenceDocumentsInGb18030_data();
    void referenceDocumentsInGb18030();
    void utf8ByteOrderMark();
    void utf16ByteOrderMark_data();
    void utf16ByteOrderMark();
    void utf16OddLengthRefused();
    void namedEncoding_data();
    void namedEncoding();
    void namedEncodingRejectsOtherBytes();
    void emptyRefused_data();
    void emptyRefused();
    void binaryRefused_data();
    void binaryRefused();
    void strayControlCharacterAccepted();
    void neitherUtf8NorGb18030Refused_data();
    void neitherUtf8NorGb18030Refused();
    void unknownEncodingRefused();

    // ChineseScript
    void openCcIsAvailable();
    void toSimplified_data();
    void toSimplified();
    void toTraditional_data();
    void toTraditional();
    void fold_data();
    void fold();
    void foldKeepsLengthOfReferenceDocuments();
    void foldMatchesAcrossScripts();
    void foldIsThreadSafe();

    // ChineseNumber
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseAtMultiplier_data();
    void parseAtMultiplier();
    void parseAtInsideNumber_data();
    void parseAtInsideNumber();
    void parseAtChinese_data();
    void parseAtChinese();
    void findArabic_data();
    void findArabic();
    void findArabicInReferenceDocuments();
    void isChineseDigit();
};

// ---- TextDecoding -------------------------------------------------------------------------------

void TestText::referenceDocumentsAreUtf8_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = seedFiles();
    QCOMPARE(files.size(), 5);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestText::referenceDocumentsAreUtf8()
{
    QFETCH(QString, file);
    QFile f(QStringLiteral(COUNTYPLAN_SEEDS_DIR) + QLatin1Char('/') + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();

    const Result<DecodedText> decoded = TextDecoding::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
    QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded->text.toUtf8(), bytes);
    // All five are county or provincial documents; 003 is written in Traditional characters (縣).
    QVERIFY(ChineseScript::fold(decoded->text).contains(QStringLiteral("县")));
}

void TestText::referenceDocumentsInGb18030_data()
{
    referenceDocumentsAreUtf8_data();
}

void TestText::referenceDocumentsInGb18030()
{
    QFETCH(QString, file);
    const QString text = readSeed(file);
    QVERIFY(!text.isEmpty());
    const QByteArray gb = encode(text, "GB18030");
    QVERIFY(!gb.isEmpty());
    QVERIFY(gb != text.toUtf8());

    const Result<DecodedText> decoded = TextDecoding::decode(gb);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
    QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
    QCOMPARE(decoded->text, text);

    const Result<DecodedText> named = TextDecoding::decode(gb, QStringLiteral("GB18030"));
    QVERIFY2(named.ok(), qPrintable(named.error().message()));
    QCOMPARE(named->text, text);
}

void TestText::utf8ByteOrderMark()
{
    const QString text = QStringLiteral("壶关县\r\n2023年工作任务\n");
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    for (const QString &encoding : {QString(), QStringLiteral("utf-8")}) {
        const Result<DecodedText> decoded = TextDecoding::decode(bytes, encoding);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(decoded->text, text); // no U+FEFF in front, line endings untouched
    }
}

void TestText::utf16ByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("little endian") << QByteArray("\xFF\xFE") << int(QStringEncoder::Utf16LE) << QStringLiteral("UTF-16LE");
    QTest::newRow("big endian") << QByteArray("\xFE\xFF") << int(QStringEncoder::Utf16BE) << QStringLiteral("UTF-16BE");
}

void TestText::utf16ByteOrderMark()
{
    QFETCH(QByteArray, bom);
    QFETCH(int, encoding);
    QFETCH(QString, expectedName);
    const QString text = QStringLiteral("新建5G基站160座以上\n𠀀 1.5万亩\n");
    QStringEncoder encoder(static_cast<QStringEncoder::Encoding>(encoding));
    const QByteArray bytes = bom + encoder.encode(text);

    const Result<DecodedText> decoded = TextDecoding::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
    QCOMPARE(decoded->encoding, expectedName);
    QCOMPARE(decoded->text, text);
}

void TestText::utf16OddLengthRefused()
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    const QByteArray bytes = QByteArray("\xFF\xFE") + encoder.encode(QStringLiteral("壶关县")) + QByteArray("\x41");
    const Result<DecodedText> decoded = TextDecoding::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message().contains(QStringLiteral("UTF-16LE")), qPrintable(decoded.error().message()));
}

void TestText::namedEncoding_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoderName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedName");
    const QString simplified = QStringLiteral("盂县太行革命老区振兴发展，由0.8万亩达到1.5万亩以上。\n");
    const QString traditional = QStringLiteral("壺關縣政府工作報告，發展目標。\n");
    QTest::newRow("gbk") << QStringLiteral("gbk") << QByteArray("GBK") << simplified << QStringLiteral("GBK");
    QTest::newRow("GBK upper case") << QStringLiteral("GBK") << QByteArray("GBK") << simplified << QStringLiteral("GBK");
    QTest::newRow("gb2312") << QStringLiteral("gb2312") << QByteArray("GB2312") << simplified << QStringLiteral("GB2312");
    QTest::newRow("gb18030") << QStringLiteral("Gb18030") << QByteArray("GB18030") << simplified
                             << QStringLiteral("GB18030");
    QTest::newRow("utf-8") << QStringLiteral("UTF-8") << QByteArray("UTF-8") << simplified << QStringLiteral("UTF-8");
    QTest::newRow("utf8") << QStringLiteral("utf8") << QByteArray("UTF-8") << simplified << QStringLiteral("UTF-8");
    QTest::newRow("big5") << QStringLiteral("big5") << QByteArray("Big5") << traditional << QStringLiteral("Big5");
}

void TestText::namedEncoding()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoderName);
    QFETCH(QString, text);
    QFETCH(QString, expectedName);
    const QByteArray bytes = encode(text, encoderName.constData());
    QVERIFY(!bytes.isEmpty());

    const Result<DecodedText> decoded = TextDecoding::decode(bytes, name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
    QCOMPARE(decoded->encoding, expectedName);
    QCOMPARE(decoded->text, text);
}

void TestText::namedEncodingRejectsOtherBytes()
{
    // GBK bytes named as UTF-8: refused with the line of the first bad byte, not decoded into mojibake.
    const QByteArray gbk = encode(QStringLiteral("2023 tasks\nplan\n县域规划\n"), "GBK");
    const Result<DecodedText> decoded = TextDecoding::decode(gbk, QStringLiteral("utf-8"));
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message().contains(QStringLiteral("line 3")), qPrintable(decoded.error().message()));
    QVERIFY2(decoded.error().message().contains(QStringLiteral("UTF-8")), qPrintable(decoded.error().message()));
}

void TestText::emptyRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("UTF-8 byte-order mark only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("UTF-16 byte-order mark only") << QByteArray("\xFF\xFE");
}

void TestText::emptyRefused()
{
    QFETCH(QByteArray, bytes);
    const Result<DecodedText> decoded = TextDecoding::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message().contains(QStringLiteral("empty")), qPrintable(decoded.error().message()));
}

void TestText::binaryRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("PNG") << bytesOf("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0");
    QTest::newRow("zip") << bytesOf("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0word/document.xml\xB4\x93\xCB");
    QTest::newRow("UTF-8 text with a NUL") << bytesOf("\xE5\x8E\xBF\0\xE5\x8E\xBF");
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x0E\x0F plain");
    QTest::newRow("UTF-16 with NUL characters") << bytesOf("\xFF\xFE\0\0\0\0A\0");
}

void TestText::binaryRefused()
{
    QFETCH(QByteArray, bytes);
    const Result<DecodedText> decoded = TextDecoding::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message().contains(QStringLiteral("binary")), qPrintable(decoded.error().message()));
    // Naming an encoding does not make binary data text.
    QVERIFY(!TextDecoding::decode(bytes, QStringLiteral("gb18030")).ok());
}

void TestText::strayControlCharacterAccepted()
{
    // Old word processors leave a form feed or an EOF mark (Ctrl-Z) at the end; that is still a document.
    const QString text = QStringLiteral("一、总体要求\f\n二、主要任务\t完成\n") + QChar(0x1A);
    const Result<DecodedText> decoded = TextDecoding::decode(text.toUtf8());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
    QCOMPARE(decoded->text, text);
}

void TestText::neitherUtf8NorGb18030Refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // ICU's GB18030 rejects 0x80 and 0xFF as lead bytes, and a lead byte followed by 0x7F or a lone trail.
    QTest::newRow("0x80 alone") << QByteArray("plan \x80 text");
    QTest::newRow("0xFF run") << QByteArray("\xFF\xFF\xFF\xFF");
    QTest::newRow("UTF-8 then 0x80") << (QStringLiteral("县域规划").toUtf8() + QByteArray("\x80"));
    QTest::newRow("lead byte then 0x7F") << QByteArray("abc\x81\x7F");
    // Random high bytes with a fixed seed: mostly valid GB18030 pairs, broken by 0x80/0xFF leads.
    QRandomGenerator random(20240521);
    QByteArray noise;
    while (noise.size() < 512)
        noise.append(char(0x80 + random.bounded(0x80)));
    noise.append("\xFF\xFF");
    QTest::newRow("random high bytes") << noise;
}

void TestText::neitherUtf8NorGb18030Refused()
{
    QFETCH(QByteArray, bytes);
    // The premise: Qt's own decoders reject these bytes.
    QVERIFY(!decodesCleanly(bytes, "UTF-8"));
    QVERIFY(!decodesCleanly(bytes, "GB18030"));

    const Result<DecodedText> decoded = TextDecoding::decode(bytes);
    QVERIFY(!decoded.ok());
    const QString message = decoded.error().message();
    QVERIFY2(message.contains(QStringLiteral("UTF-8")) && message.contains(QStringLiteral("GB18030")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("--encoding")), qPrintable(message));
}

void TestText::unknownEncodingRefused()
{
    const Result<DecodedText> decoded = TextDecoding::decode(QByteArray("plain text"), QStringLiteral("klingon-8"));
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message().contains(QStringLiteral("“klingon-8”")), qPrintable(decoded.error().message()));
}

// ---- ChineseScript ------------------------------------------------------------------------------

void TestText::openCcIsAvailable()
{
    QVERIFY(ChineseScript::isAvailable());
}

void TestText::toSimplified_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("report title") << QStringLiteral("2024年壺關縣政府工作報告") << QStringLiteral("2024年壶关县政府工作报告");
    QTest::newRow("already simplified") << QStringLiteral("盂县太行革命老区") << QStringLiteral("盂县太行革命老区");
    QTest::newRow("ASCII") << QStringLiteral("PM2.5, 110kV") << QStringLiteral("PM2.5, 110kV");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("NUL inside") << QStringLiteral("壺") + QChar(u'\0') + QStringLiteral("關")
                                << QStringLiteral("壶") + QChar(u'\0') + QStringLiteral("关");
}

void TestText::toSimplified()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ChineseScript::toSimplified(text), expected);
}

void TestText::toTraditional_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("发展") << QStringLiteral("发展") << QStringLiteral("發展");
    QTest::newRow("county") << QStringLiteral("壶关县") << QStringLiteral("壺關縣");
    QTest::newRow("ASCII") << QStringLiteral("G207") << QStringLiteral("G207");
}

void TestText::toTraditional()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ChineseScript::toTraditional(text), expected);
}

void TestText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("traditional") << QStringLiteral("壺關") << QStringLiteral("壶关");
    QTest::newRow("full-width letters and digits") << QStringLiteral("ＡＢＣ１２３") << QStringLiteral("abc123");
    QTest::newRow("road code") << QStringLiteral("Ｇ２０７國道") << QStringLiteral("g207国道");
    QTest::newRow("brackets stay") << QStringLiteral("（一）【重点】，") << QStringLiteral("（一）【重点】，");
    QTest::newRow("ideographic space") << QStringLiteral("全面\u3000推进") << QStringLiteral("全面 推进");
    QTest::newRow("lower case") << QStringLiteral("PM2.5 CO2 KV") << QStringLiteral("pm2.5 co2 kv");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("outside the BMP stays") << QStringLiteral("𠀀縣") << QStringLiteral("𠀀县");
    // 㑮 becomes 𫝈 (a surrogate pair) in OpenCC; fold keeps 㑮 so positions do not move.
    QTest::newRow("rare character keeps its place") << QStringLiteral("壺關㑮縣") << QStringLiteral("壶关㑮县");
    QTest::newRow("rare character on a later line") << QStringLiteral("發展\n壺關㑮縣\n報告")
                                                    << QStringLiteral("发展\n壶关㑮县\n报告");
}

void TestText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString folded = ChineseScript::fold(text);
    QCOMPARE(folded, expected);
    QCOMPARE(folded.size(), text.size());
}

void TestText::foldKeepsLengthOfReferenceDocuments()
{
    for (const QString &file : seedFiles()) {
        const QString text = readSeed(file);
        QVERIFY(!text.isEmpty());
        QCOMPARE(ChineseScript::fold(text).size(), text.size());
        // Traditional text folds to the same length too, so spans found in it are spans of the original.
        const QString traditional = ChineseScript::toTraditional(text);
        QCOMPARE(ChineseScript::fold(traditional).size(), traditional.size());
    }
}

void TestText::foldMatchesAcrossScripts()
{
    const QString simplified = QStringLiteral("推进县域经济高质量发展，新建５Ｇ基站160座");
    const QString traditional = QStringLiteral("推進縣域經濟高質量發展，新建5G基站160座");
    QCOMPARE(ChineseScript::fold(traditional), ChineseScript::fold(simplified));
    const QString folded = ChineseScript::fold(QStringLiteral("2024年壺關縣政府工作報告"));
    QCOMPARE(folded.indexOf(QStringLiteral("壶关县")), 5);
    // The Traditional reference document is found by its Simplified title.
    const QString report = readSeed(QStringLiteral("003_f97876cf5fb3a18d.txt"));
    QVERIFY(ChineseScript::fold(report).startsWith(QStringLiteral("2024年壶关县政府工作报告")));
    QVERIFY(ChineseScript::toSimplified(report).startsWith(QStringLiteral("2024年壶关县政府工作报告")));
}

void TestText::foldIsThreadSafe()
{
    QStringList samples = {QStringLiteral("2024年壺關縣政府工作報告"), QStringLiteral("ＡＢＣ１２３"),
                           QStringLiteral("壺關㑮縣"), QStringLiteral("發展")};
    for (const QString &file : seedFiles())
        samples.append(ChineseScript::toTraditional(readSeed(file).left(2000)));
    const QStringList inputs = samples; // const: the workers read it concurrently and must not detach it
    QStringList expected;
    for (const QString &s : inputs)
        expected.append(ChineseScript::fold(s));

    constexpr int workers = 4;
    std::vector<QStringList> results(workers);
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&inputs, &results, w] {
            for (int round = 0; round < 5; ++round) {
                QStringList out;
                for (const QString &s : inputs)
                    out.append(ChineseScript::fold(s));
                results[size_t(w)] = out;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const QStringList &r : results)
        QCOMPARE(r, expected);
}

// ---- ChineseNumber ------------------------------------------------------------------------------

void TestText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("160") << QStringLiteral("160") << 160.0;
    QTest::newRow("1.5") << QStringLiteral("1.5") << 1.5;
    QTest::newRow("0.8万") << QStringLiteral("0.8万") << 8000.0;
    QTest::newRow("1.4亿") << QStringLiteral("1.4亿") << 140000000.0;
    QTest::newRow("14.4亿") << QStringLiteral("14.4亿") << 1440000000.0;
    QTest::newRow("0.5亿") << QStringLiteral("0.5亿") << 50000000.0;
    QTest::newRow("44.4万") << QStringLiteral("44.4万") << 444000.0;
    QTest::newRow("1.2万亿") << QStringLiteral("1.2万亿") << 1.2e12;
    QTest::newRow("full-width 160") << QStringLiteral("１６０") << 160.0;
    QTest::newRow("full-width point") << QStringLiteral("１６０．５") << 160.5;
    QTest::newRow("1,200") << QStringLiteral("1,200") << 1200.0;
    QTest::newRow("1，200") << QStringLiteral("1，200") << 1200.0;
    QTest::newRow("1,200,000.5") << QStringLiteral("1,200,000.5") << 1200000.5;
    QTest::newRow("surrounding spaces") << QStringLiteral(" 160 ") << 160.0;
    QTest::newRow("一") << QStringLiteral("一") << 1.0;
    QTest::newRow("两") << QStringLiteral("两") << 2.0;
    QTest::newRow("十") << QStringLiteral("十") << 10.0;
    QTest::newRow("十五") << QStringLiteral("十五") << 15.0;
    QTest::newRow("二十三") << QStringLiteral("二十三") << 23.0;
    QTest::newRow("一百五十") << QStringLiteral("一百五十") << 150.0;
    QTest::newRow("三千") << QStringLiteral("三千") << 3000.0;
    QTest::newRow("一万二千") << QStringLiteral("一万二千") << 12000.0;
    QTest::newRow("十万") << QStringLiteral("十万") << 100000.0;
    QTest::newRow("两万") << QStringLiteral("两万") << 20000.0;
    QTest::newRow("三十五") << QStringLiteral("三十五") << 35.0;
    QTest::newRow("零") << QStringLiteral("零") << 0.0;
    QTest::newRow("〇") << QStringLiteral("〇") << 0.0;
    QTest::newRow("一百零五") << QStringLiteral("一百零五") << 105.0;
    QTest::newRow("一千零五十") << QStringLiteral("一千零五十") << 1050.0;
    QTest::newRow("一百五 shorthand") << QStringLiteral("一百五") << 150.0;
    QTest::newRow("一万五 shorthand") << QStringLiteral("一万五") << 15000.0;
    QTest::newRow("三亿五千万") << QStringLiteral("三亿五千万") << 350000000.0;
    QTest::newRow("一万亿") << QStringLiteral("一万亿") << 1e12;
    QTest::newRow("year 二〇二三") << QStringLiteral("二〇二三") << 2023.0;
    QTest::newRow("financial 贰拾伍") << QStringLiteral("贰拾伍") << 25.0;
    QTest::newRow("financial 壹佰") << QStringLiteral("壹佰") << 100.0;
    QTest::newRow("Traditional 117.1億") << QStringLiteral("117.1億") << 11710000000.0;
    QTest::newRow("Traditional 兩萬") << QStringLiteral("兩萬") << 20000.0;
    QTest::newRow("Traditional 1.2萬億") << QStringLiteral("1.2萬億") << 1.2e12;
}

void TestText::parse()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const std::optional<double> value = ChineseNumber::parse(text);
    QVERIFY2(value.has_value(), qPrintable(text));
    QCOMPARE(*value, expected);
}

void TestText::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unit after the number") << QStringLiteral("1.5万亩");
    QTest::newRow("empty") << QString();
    QTest::newRow("multiplier alone") << QStringLiteral("万");
    QTest::newRow("word") << QStringLiteral("统一");
    QTest::newRow("5G") << QStringLiteral("5G");
    QTest::newRow("G207") << QStringLiteral("G207");
    QTest::newRow("110kV") << QStringLiteral("110kV");
    QTest::newRow("trailing point") << QStringLiteral("160.");
    QTest::newRow("十四五 is a plan, not a number") << QStringLiteral("十四五");
    QTest::newRow("two bare digits") << QStringLiteral("一二");
    QTest::newRow("comma before four digits") << QStringLiteral("1,2345");
    QTest::newRow("百 without a digit") << QStringLiteral("百");
    QTest::newRow("sign") << QStringLiteral("-5");
}

void TestText::parseRejects()
{
    QFETCH(QString, text);
    const std::optional<double> value = ChineseNumber::parse(text);
    QVERIFY2(!value.has_value(), qPrintable(QString::number(value.value_or(0))));
}

void TestText::parseAtMultiplier_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("1.5万亩") << QStringLiteral("1.5万亩") << 15000.0 << qsizetype(4) << 1e4 << false;
    QTest::newRow("0.5亿元") << QStringLiteral("0.5亿元") << 5e7 << qsizetype(4) << 1e8 << false;
    QTest::newRow("1.2万亿元") << QStringLiteral("1.2万亿元") << 1.2e12 << qsizetype(5) << 1e12 << false;
    QTest::newRow("160座") << QStringLiteral("160座") << 160.0 << qsizetype(3) << 1.0 << false;
    QTest::newRow("十万亩") << QStringLiteral("十万亩") << 1e5 << qsizetype(2) << 1e4 << true;
    QTest::newRow("一万二千亩") << QStringLiteral("一万二千亩") << 12000.0 << qsizetype(4) << 1.0 << true;
    QTest::newRow("三亿元") << QStringLiteral("三亿元") << 3e8 << qsizetype(2) << 1e8 << true;
}

void TestText::parseAtMultiplier()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(qsizetype, end);
    QFETCH(double, multiplier);
    QFETCH(bool, chinese);
    const auto m = ChineseNumber::parseAt(text, 0);
    QVERIFY(m.has_value());
    QCOMPARE(m->value, value);
    QCOMPARE(m->start, qsizetype(0));
    QCOMPARE(m->end, end);
    QCOMPARE(m->multiplier, multiplier);
    QCOMPARE(m->chinese, chinese);
}

void TestText::parseAtInsideNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("pos");
    QTest::newRow("middle of 160") << QStringLiteral("新建160座") << qsizetype(3);
    QTest::newRow("last digit of 160") << QStringLiteral("新建160座") << qsizetype(4);
    QTest::newRow("decimals of 1.5") << QStringLiteral("1.5万") << qsizetype(2);
    QTest::newRow("group of 1,200") << QStringLiteral("1,200亩") << qsizetype(2);
    QTest::newRow("5 of PM2.5") << QStringLiteral("PM2.5浓度") << qsizetype(4);
    QTest::newRow("2 of PM2.5") << QStringLiteral("PM2.5浓度") << qsizetype(2);
    QTest::newRow("5 of 5G") << QStringLiteral("新建5G基站") << qsizetype(2);
    QTest::newRow("2 of G207") << QStringLiteral("G207国道") << qsizetype(1);
    QTest::newRow("五 of 十五") << QStringLiteral("十五个") << qsizetype(1);
    QTest::newRow("二 of 一万二千") << QStringLiteral("一万二千") << qsizetype(2);
    QTest::newRow("二 of 一萬二千") << QStringLiteral("一萬二千") << qsizetype(2);
    QTest::newRow("not a number") << QStringLiteral("新建160座") << qsizetype(0);
    QTest::newRow("point") << QStringLiteral("1.5") << qsizetype(1);
    QTest::newRow("before the text") << QStringLiteral("160") << qsizetype(-1);
    QTest::newRow("after the text") << QStringLiteral("160") << qsizetype(3);
}

void TestText::parseAtInsideNumber()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, pos);
    QVERIFY(!ChineseNumber::parseAt(text, pos).has_value());
}

void TestText::parseAtChinese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("pos");
    QTest::addColumn<double>("value");
    QTest::addColumn<qsizetype>("end");
    QTest::newRow("新建三千座") << QStringLiteral("新建三千座") << qsizetype(2) << 3000.0 << qsizetype(4);
    QTest::newRow("十四五规划") << QStringLiteral("十四五规划") << qsizetype(0) << 14.0 << qsizetype(2);
    QTest::newRow("两个") << QStringLiteral("建成两个示范区") << qsizetype(2) << 2.0 << qsizetype(3);
    QTest::newRow("二〇二三年") << QStringLiteral("二〇二三年") << qsizetype(0) << 2023.0 << qsizetype(4);
    QTest::newRow("一批 is the caller's to reject") << QStringLiteral("一批") << qsizetype(0) << 1.0 << qsizetype(1);
    QTest::newRow("一百零 stops before 零") << QStringLiteral("一百零个") << qsizetype(0) << 100.0 << qsizetype(2);
}

void TestText::parseAtChinese()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, pos);
    QFETCH(double, value);
    QFETCH(qsizetype, end);
    const auto m = ChineseNumber::parseAt(text, pos);
    QVERIFY(m.has_value());
    QCOMPARE(m->value, value);
    QCOMPARE(m->start, pos);
    QCOMPARE(m->end, end);
    QVERIFY(m->chinese);
}

void TestText::findArabic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");
    QTest::addColumn<QList<double>>("values");
    QTest::newRow("5G skipped") << QStringLiteral("新建5G基站160座以上") << QStringList{QStringLiteral("160")}
                                << QList<double>{160};
    QTest::newRow("万 multipliers") << QStringLiteral("由0.8万亩达到1.5万亩以上")
                                    << QStringList{QStringLiteral("0.8万"), QStringLiteral("1.5万")}
                                    << QList<double>{8000, 15000};
    QTest::newRow("year") << QStringLiteral("2023年是开局之年") << QStringList{QStringLiteral("2023")}
                          << QList<double>{2023};
    QTest::newRow("ratio") << QStringLiteral("三次产业结构为11.1:47.7:41.2")
                           << QStringList{QStringLiteral("11.1"), QStringLiteral("47.7"), QStringLiteral("41.2")}
                           << QList<double>{11.1, 47.7, 41.2};
    QTest::newRow("range") << QStringLiteral("3-5个") << QStringList{QStringLiteral("3"), QStringLiteral("5")}
                           << QList<double>{3, 5};
    QTest::newRow("codes") << QStringLiteral("G207国道，PM2.5浓度，110kV变电站，CO2排放") << QStringList() << QList<double>();
    QTest::newRow("sentence end") << QStringLiteral("数量达到160.") << QStringList{QStringLiteral("160")}
                                  << QList<double>{160};
    QTest::newRow("full-width") << QStringLiteral("建成１６０．５公里") << QStringList{QStringLiteral("１６０．５")}
                                << QList<double>{160.5};
    QTest::newRow("thousands") << QStringLiteral("1,200亩和1，500亩，共2,700亩")
                               << QStringList{QStringLiteral("1,200"), QStringLiteral("1，500"), QStringLiteral("2,700")}
                               << QList<double>{1200, 1500, 2700};
    QTest::newRow("list comma") << QStringLiteral("第3，4项") << QStringList{QStringLiteral("3"), QStringLiteral("4")}
                                << QList<double>{3, 4};
    QTest::newRow("亿 and 万亿") << QStringLiteral("投资14.4亿元，GDP达1.2万亿元")
                                 << QStringList{QStringLiteral("14.4亿"), QStringLiteral("1.2万亿")}
                                 << QList<double>{1.44e9, 1.2e12};
    QTest::newRow("Traditional multiplier") << QStringLiteral("煤業年產60萬噸，簽約金額117.1億元")
                                            << QStringList{QStringLiteral("60萬"), QStringLiteral("117.1億")}
                                            << QList<double>{600000, 11710000000.0};
    QTest::newRow("no thousands after four digits") << QStringLiteral("1234,567")
                                                    << QStringList{QStringLiteral("1234"), QStringLiteral("567")}
                                                    << QList<double>{1234, 567};
    QTest::newRow("Chinese numerals left to the caller") << QStringLiteral("新建三千座，一批项目") << QStringList()
                                                         << QList<double>();
}

void TestText::findArabic()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    QFETCH(QList<double>, values);
    const QList<NumberMatch> found = ChineseNumber::findArabic(text);
    QStringList foundSpans;
    QList<double> foundValues;
    for (const NumberMatch &m : found) {
        foundSpans.append(text.mid(m.start, m.end - m.start));
        foundValues.append(m.value);
        // Every match is what parseAt finds at its start.
        const auto again = ChineseNumber::parseAt(text, m.start);
        QVERIFY(again.has_value());
        QCOMPARE(again->end, m.end);
        QVERIFY(!m.chinese);
    }
    QCOMPARE(foundSpans, spans);
    QCOMPARE(foundValues, values);
}

void TestText::findArabicInReferenceDocuments()
{
    // findArabic and parseAt agree on every position of the real documents.
    for (const QString &file : seedFiles()) {
        const QString text = readSeed(file);
        const QList<NumberMatch> found = ChineseNumber::findArabic(text);
        QVERIFY2(found.size() > 10, qPrintable(file));
        qsizetype next = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto m = ChineseNumber::parseAt(text, i);
            if (!m || m->chinese)
                continue;
            QVERIFY2(next < found.size(), qPrintable(file));
            QCOMPARE(m->start, found[next].start);
            QCOMPARE(m->end, found[next].end);
            ++next;
        }
        QCOMPARE(next, found.size());
    }
}

void TestText::isChineseDigit()
{
    for (const QChar c : QStringLiteral("零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟兩貳叄陸"))
        QVERIFY2(ChineseNumber::isChineseDigit(c), qPrintable(QString(c)));
    for (const QChar c : QStringLiteral("万亿萬億1a统个"))
        QVERIFY2(!ChineseNumber::isChineseDigit(c), qPrintable(QString(c)));
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"

// Quarterly bulletins (季度通报) and annual summaries (年度总结): the period's ranking by the mean
// of its months' dispatch scores, each department's months and rank trend, the late reporters,
// the chart of the first departments — checked against DispatchScoring month by month.
#include "../common/Fixtures.h"
#include "progress/DispatchScore.h"
#include "report/PeriodReport.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <cmath>

using namespace cp;

namespace {

QString normalized(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

const ReportBlock *tableWithColumns(const ReportDocument &doc, const QStringList &titles)
{
    for (const ReportBlock &b : doc.blocks) {
        if (b.kind != ReportBlock::Kind::Table || b.columns.size() != titles.size())
            continue;
        bool same = true;
        for (qsizetype c = 0; c < titles.size(); ++c)
            same = same && b.columns.at(c).title == titles.at(c);
        if (same)
            return &b;
    }
    return nullptr;
}

QString allText(const ReportDocument &doc)
{
    QString text;
    for (const ReportBlock &b : doc.blocks)
        text += b.text + QLatin1Char('\n');
    return text;
}

} // namespace

class TestPeriodReport : public QObject
{
    Q_OBJECT

    Workspace m_ws;
    Id m_region = 0;
    const QDateTime m_now{QDate(2024, 1, 10), QTime(12, 0), Qt::UTC};

    // What the monthly dispatch gives for each month of the period, as the report must use it.
    struct Expected
    {
        QString department;
        QList<std::optional<double>> scores; // per month
        QList<int> ranks;                    // of the months it was ranked in
        int late = 0;
        double average = 0;
    };
    QList<Expected> expected(const QList<Month> &months)
    {
        QHash<Id, Expected> byId;
        QList<Id> order;
        for (qsizetype i = 0; i < months.size(); ++i) {
            const auto scores = DispatchScoring::compute(m_ws, months.at(i), m_region, m_now);
            if (!scores)
                return {};
            for (const DepartmentScore &s : *scores) {
                if (!byId.contains(s.departmentId)) {
                    order.append(s.departmentId);
                    byId[s.departmentId].department = s.department;
                    byId[s.departmentId].scores.resize(months.size());
                }
                Expected &e = byId[s.departmentId];
                e.scores[i] = s.score;
                e.ranks.append(s.rank);
                e.late += s.late ? 1 : 0;
            }
        }
        QList<Expected> list;
        for (Id id : std::as_const(order)) {
            Expected e = byId.value(id);
            double sum = 0;
            int n = 0;
            for (const auto &v : std::as_const(e.scores)) {
                if (v) {
                    sum += *v;
                    ++n;
                }
            }
            e.average = std::round(sum / n * 100) / 100;
            list.append(e);
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CP_VERIFY_OK(m_ws.open(test::temporaryPath(QStringLiteral("period.countyplan"))));
        SyntheticOptions options;
        options.counties = 1;
        options.tasksPerCounty = 60;
        options.months = 6; // January to June 2023
        options.seed = 7;
        CP_VERIFY_OK(SyntheticWorkspace::generate(m_ws, options));
        const auto documents = m_ws.documents().list();
        QVERIFY(documents && !documents->isEmpty());
        m_region = documents->first().regionId;
    }

    void parsesPeriods()
    {
        const auto q2 = ReportPeriod::parseQuarter(u"2023-Q2");
        QVERIFY(q2);
        QCOMPARE(q2->first, Month(2023, 4));
        QCOMPARE(q2->last, Month(2023, 6));
        QCOMPARE(q2->toString(), QStringLiteral("2023-Q2"));
        QCOMPARE(ReportPeriod::parseQuarter(u"2023q4")->first, Month(2023, 10));
        QVERIFY(!ReportPeriod::parseQuarter(u"2023-Q5"));
        QVERIFY(!ReportPeriod::parseQuarter(u"2023-06"));
        QCOMPARE(ReportPeriod::parseYear(u"2023")->months().size(), 12);
        QVERIFY(!ReportPeriod::parseYear(u"23"));
        QCOMPARE(ReportPeriod::quarterOf(Month(2023, 11)), ReportPeriod::quarter(2023, 4));
    }

    void quarterRanksByTheMeanOfItsMonths()
    {
        const ReportPeriod q2 = ReportPeriod::quarter(2023, 2);
        auto content = PeriodReport::content(m_ws, q2, m_region, {}, m_now);
        CP_VERIFY_OK(content);
        const ReportBlock *table =
            tableWithColumns(*content, PeriodReport::rankingColumnTitles(q2.months()));
        QVERIFY(table);
        QList<Expected> want = expected(q2.months());
        QCOMPARE(table->rows.size(), want.size());
        std::stable_sort(want.begin(), want.end(), [](const Expected &a, const Expected &b) {
            return a.average != b.average ? a.average > b.average : a.department < b.department;
        });
        const QLocale locale;
        int rank = 0;
        for (qsizetype i = 0; i < want.size(); ++i) {
            const Expected &e = want.at(i);
            const QStringList &cells = table->rows.at(i).cells;
            if (i == 0 || want.at(i - 1).average != e.average)
                rank = int(i) + 1; // equal averages share a rank
            QCOMPARE(cells.at(0), locale.toString(rank));
            QCOMPARE(cells.at(1), e.department);
            for (qsizetype m = 0; m < 3; ++m)
                QCOMPARE(cells.at(2 + m), e.scores.at(m) ? locale.toString(*e.scores.at(m), 'f', 2)
                                                         : QStringLiteral("—"));
            QCOMPARE(cells.at(5), locale.toString(e.average, 'f', 2));
            if (e.ranks.size() > 1) {
                QVERIFY2(cells.at(6).startsWith(
                             QStringLiteral("%1→%2").arg(e.ranks.first()).arg(e.ranks.last())),
                         qPrintable(cells.at(6)));
                const int change = e.ranks.first() - e.ranks.last();
                QVERIFY(cells.at(6).endsWith(change > 0   ? QStringLiteral("↑%1").arg(change)
                                             : change < 0 ? QStringLiteral("↓%1").arg(-change)
                                                          : QStringLiteral("=")));
            }
            QCOMPARE(cells.at(7), e.late ? locale.toString(e.late) : QString());
        }
        QVERIFY(allText(*content).contains(QStringLiteral("Months dispatched: 3 (Apr, May, Jun)")));
    }

    // The chart follows the first departments of the period and the region's mean, month by month.
    void chartShowsTheFirstDepartmentsMonths()
    {
        const ReportPeriod q2 = ReportPeriod::quarter(2023, 2);
        auto content = PeriodReport::content(m_ws, q2, m_region, {}, m_now);
        CP_VERIFY_OK(content);
        const ReportChart *chart = nullptr;
        for (const ReportBlock &b : std::as_const(content->blocks)) {
            if (b.kind == ReportBlock::Kind::Chart && b.chart->kind == ReportChart::Kind::Lines)
                chart = b.chart.get();
        }
        QVERIFY(chart);
        QCOMPARE(chart->categories, (QStringList{QStringLiteral("Apr"), QStringLiteral("May"),
                                                 QStringLiteral("Jun")}));
        QCOMPARE(chart->series.size(), PeriodReport::ChartedDepartments + 1);
        const ReportBlock *table =
            tableWithColumns(*content, PeriodReport::rankingColumnTitles(q2.months()));
        QVERIFY(table);
        for (qsizetype i = 0; i < PeriodReport::ChartedDepartments; ++i) {
            QVERIFY(chart->series.at(i).name.endsWith(table->rows.at(i).cells.at(1)));
            for (qsizetype m = 0; m < 3; ++m)
                QCOMPARE(QLocale().toString(chart->series.at(i).values.at(m), 'f', 2),
                         table->rows.at(i).cells.at(2 + m));
        }
        QVERIFY(chart->series.last().dashed);
        for (qsizetype m = 0; m < 3; ++m) {
            double sum = 0;
            for (const ReportRow &r : table->rows)
                sum += QLocale().toDouble(r.cells.at(2 + m));
            QVERIFY(std::abs(chart->series.last().values.at(m) - sum / double(table->rows.size())) <
                    0.01);
        }
    }

    // The year has six months of data: those are ranked, the rest named as not dispatched.
    void annualNamesTheMonthsWithoutData()
    {
        const ReportPeriod year = ReportPeriod::year(2023);
        auto content = PeriodReport::content(m_ws, year, m_region, {}, m_now);
        CP_VERIFY_OK(content);
        QList<Month> dispatched;
        for (int m = 1; m <= 6; ++m)
            dispatched.append(Month(2023, m));
        QVERIFY(tableWithColumns(*content, PeriodReport::rankingColumnTitles(dispatched)));
        QVERIFY(!tableWithColumns(*content, PeriodReport::rankingColumnTitles(year.months())));
        const QString text = allText(*content);
        QVERIFY2(
            text.contains(QStringLiteral("Nothing was reported for Jul, Aug, Sep, Oct, Nov, Dec")),
            qPrintable(text));
        QCOMPARE(content->blocks.first().text, QStringLiteral("Annual dispatch summary"));

        // Late reporters: each with the months it was late in, as the monthly scores say.
        const QList<Expected> want = expected(dispatched);
        const ReportBlock *late = nullptr;
        for (qsizetype i = 0; i + 1 < content->blocks.size(); ++i) {
            if (content->blocks.at(i).text == QStringLiteral("Late reporters"))
                late = &content->blocks.at(i + 1);
        }
        QVERIFY(late && late->kind == ReportBlock::Kind::Table);
        int lateDepartments = 0;
        for (const Expected &e : want) {
            if (!e.late)
                continue;
            ++lateDepartments;
            const auto row =
                std::find_if(late->rows.begin(), late->rows.end(),
                             [&](const ReportRow &r) { return r.cells.at(0) == e.department; });
            QVERIFY2(row != late->rows.end(), qPrintable(e.department));
            QCOMPARE(row->cells.at(2), QString::number(e.late));
            QCOMPARE(row->cells.at(3).split(QStringLiteral(", ")).size(), e.late);
        }
        QCOMPARE(late->rows.size(), lateDepartments);
        QVERIFY(lateDepartments > 0); // the synthetic county has late reporters
    }

    void emptyPeriodSaysSo()
    {
        auto layout = PeriodReport::build(m_ws, ReportPeriod::quarter(2019, 1), 0, {}, m_now);
        CP_VERIFY_OK(layout);
        QCOMPARE(layout->pageCount(), 1);
        QVERIFY(layout->pageText(0)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("there is no data to rank")));
    }

    void pdfGivesBackTheRanking()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
        const ReportPeriod q1 = ReportPeriod::quarter(2023, 1);
        auto layout = PeriodReport::build(m_ws, q1, m_region, {}, m_now);
        CP_VERIFY_OK(layout);
        const QString path = test::temporaryPath(QStringLiteral("quarter.pdf"));
        CP_VERIFY_OK(layout->writePdf(path));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        const QString flat = normalized(text);
        QVERIFY(flat.contains(QStringLiteral("Quarterlydispatchbulletin")));
        const QLocale locale;
        for (const Expected &e : expected(q1.months()))
            QVERIFY2(flat.contains(normalized(
                         e.department + locale.toString(e.scores.first().value_or(0), 'f', 2))) ||
                         !e.scores.first(),
                     qPrintable(e.department));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     "a Kangxi radical in the PDF's text");
    }
};

QTEST_MAIN(TestPeriodReport)
#include "tst_periodreport.moc"

using DevPlan.Core.Attainment;
using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Parquet;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DuckDB.NET.Data;

namespace DevPlan.Formats.Tests;

/// <summary>Parquet files the library writes, queried by DuckDB as a data platform would, and Parquet prepared there read back.</summary>
public sealed class ParquetTest : IDisposable
{
    private static readonly ParquetObservationFormat Format = new();
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("devplan-parquet-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Observations_written_as_parquet_read_back_exactly()
    {
        var observations = Seeds.Observations("china-14th-five-year-plan");
        var buffer = new MemoryStream();
        Format.Write(observations, buffer);

        using var reader = Format.OpenReader(new MemoryStream(buffer.ToArray()), "figures.parquet");
        var read = reader.ReadObservations().ToList();

        XlsxObservationReaderTest.Describe(read).Should().Equal(XlsxObservationReaderTest.Describe(observations));
    }

    [Fact]
    public void The_typed_schema_has_the_table_columns_in_their_order_and_only_companions_besides()
    {
        var columns = DevPlan.Core.Parquet.Internal.ObservationSchema.Schema.GetDataFields().Select(f => f.Name).ToList();

        columns.Where(c => !DevPlan.Core.Parquet.Internal.ObservationSchema.Companions.Contains(c)).Should().Equal(ObservationCsv.Columns,
            "a Parquet file holds the observation's table columns, typed, in the order every table writes them");
    }

    [Fact]
    public void DuckDB_counts_the_rows_sums_the_levels_and_keeps_the_decimal_scale()
    {
        var observations = Seeds.Observations("china-14th-five-year-plan");
        var path = Write(observations);

        using var duck = Open();
        Scalar<long>(duck, $"SELECT count(*) FROM '{path}'").Should().Be(observations.Count);
        Scalar<decimal>(duck, $"SELECT sum(value)::VARCHAR FROM '{path}' WHERE indicator = 'rd-expenditure'")
            .Should().Be(observations.Where(o => o.Indicator == "rd-expenditure").Sum(o => o.Level!.Value.Value));
        Scalar<string>(duck, $"SELECT typeof(value) FROM '{path}' LIMIT 1").Should().Be("DECIMAL(28,10)");
        Scalar<decimal>(duck, $"SELECT value FROM '{path}' WHERE indicator = 'urbanisation' AND period = '2023'").Should().Be(66.16m);
        Scalar<int>(duck, $"SELECT value_scale FROM '{path}' WHERE indicator = 'urbanisation' AND period = '2023'").Should().Be(2);
        Scalar<string>(duck, $"SELECT period_end::VARCHAR FROM '{path}' WHERE indicator = 'gdp' AND period = '2023'").Should().Be("2023-12-31");
        Scalar<string>(duck, $"SELECT typeof(period_end) FROM '{path}' LIMIT 1").Should().Be("DATE");
    }

    [Fact]
    public void DuckDB_reads_the_evaluation_results_with_typed_columns()
    {
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.Chinese);
        var path = Path.Combine(_directory.FullName, "results.parquet");
        using (var file = File.Create(path))
        {
            new ParquetReportFormat().Write(report, file);
        }

        using var duck = Open();
        Scalar<long>(duck, $"SELECT count(*) FROM '{path}'").Should().Be(report.Rows.Length);
        Scalar<string>(duck, $"SELECT status FROM '{path}' WHERE target_id = 't03-services-value-added'").Should().Be("notAchieved", "codes are spelt as JSON spells them");
        Scalar<long>(duck, $"SELECT count(*) FROM '{path}' WHERE status = 'achieved'").Should().Be(report.Evaluation.Count(AttainmentStatus.Achieved));
        Scalar<decimal>(duck, $"SELECT actual FROM '{path}' WHERE target_id = 't07-foreign-capital'").Should().Be(8.0m);
        Scalar<decimal>(duck, $"SELECT gap FROM '{path}' WHERE target_id = 't03-services-value-added'").Should().Be(-0.4m);
        Scalar<string>(duck, $"SELECT gap_unit FROM '{path}' WHERE target_id = 't03-services-value-added'").Should().Be("percentagePoints");
        Scalar<string>(duck, $"SELECT verdict FROM '{path}' WHERE target_id = 't03-services-value-added'").Should().Be("未完成");
        Scalar<long>(duck, $"SELECT count(*) FROM '{path}' WHERE as_of = DATE '2025-03-31' AND plan = 'jinan-htz-2024' AND language = 'zh'").Should().Be(report.Rows.Length,
            "every row carries its plan, as-of date and language, so that evaluations stack");
        Scalar<string>(duck, $"SELECT typeof(as_of) FROM '{path}' LIMIT 1").Should().Be("DATE");
        Scalar<string>(duck, $"SELECT typeof(latest_year) FROM '{path}' LIMIT 1").Should().Be("INTEGER");
    }

    [Fact]
    public void Parquet_prepared_by_DuckDB_with_doubles_and_decimals_of_its_own_reads_back()
    {
        var path = Path.Combine(_directory.FullName, "platform.parquet");
        using (var duck = Open())
        {
            Execute(duck, $"""
                COPY (SELECT * FROM (VALUES
                    ('gdp', NULL, '2023', NULL, NULL, 5.2::DOUBLE, 'A', 'NBS communiqué 2023'),
                    ('rd-expenditure', NULL, '2023', 33278.0::DECIMAL(18,1), '10^8 CNY', 8.1::DOUBLE, 'A', 'NBS communiqué 2023'))
                    AS t(indicator, zone, period, value, unit, growth, status, source)) TO '{path}' (FORMAT PARQUET)
                """);
        }

        using var reader = Format.OpenReader(File.OpenRead(path), "platform.parquet");
        var read = reader.ReadObservations().ToList();

        read.Select(o => (o.Indicator, o.Growth?.Value, o.Level?.Value)).Should().Equal(("gdp", 5.2m, null), ("rd-expenditure", 8.1m, 33278.0m));
        read[1].Level!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("33278.0");
    }

    [Fact]
    public void A_bad_code_in_a_parquet_file_is_a_problem_at_its_row_and_column()
    {
        var path = Path.Combine(_directory.FullName, "bad.parquet");
        using (var duck = Open())
        {
            Execute(duck, $"COPY (SELECT * FROM (VALUES ('gdp', '2023', 5.2), ('GDP total', '2023', 5.4)) AS t(indicator, period, growth)) TO '{path}' (FORMAT PARQUET)");
        }

        using var reader = Format.OpenReader(File.OpenRead(path), "bad.parquet");
        var result = reader.ReadAllLenient();

        result.Observations.Should().ContainSingle();
        var problem = result.Diagnostics.Should().ContainSingle().Subject;
        problem.Location.ToString().Should().Be("bad.parquet:2, column \"indicator\"");
    }

    [Fact]
    public void A_period_whose_dates_disagree_with_its_text_is_a_problem()
    {
        var path = Path.Combine(_directory.FullName, "dates.parquet");
        using (var duck = Open())
        {
            Execute(duck, $"COPY (SELECT 'gdp' AS indicator, '2023-Q2' AS period, DATE '2023-01-01' AS period_start, DATE '2023-06-30' AS period_end, 5.2 AS growth) TO '{path}' (FORMAT PARQUET)");
        }

        using var reader = Format.OpenReader(File.OpenRead(path), "dates.parquet");
        var problem = reader.ReadAllLenient().Diagnostics.Should().ContainSingle().Subject;

        problem.Location.Column.Should().Be("period_start");
        problem.Message.Should().Contain("2023-04-01");
    }

    [Fact]
    public void A_row_group_beyond_the_limit_is_refused_before_it_is_read()
    {
        var path = Write(Seeds.Observations("china-14th-five-year-plan"));
        var format = new ParquetObservationFormat(new ParquetReadOptions { MaxRowGroupRows = 10 });

        using var reader = format.OpenReader(File.OpenRead(path), "figures.parquet");
        var read = () => reader.ReadObservations().ToList();

        read.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("MaxRowGroupRows");
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused_by_name()
    {
        var rows = () => new ParquetObservationFormat(new ParquetReadOptions { MaxRowGroupRows = 0 });
        var bytes = () => new ParquetObservationFormat(new ParquetReadOptions { MaxRowGroupBytes = -1 });

        rows.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options.MaxRowGroupRows");
        bytes.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options.MaxRowGroupBytes");
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_refused()
    {
        var open = () => Format.OpenReader(new MemoryStream("indicator,period\ngdp,2023\n"u8.ToArray()), "figures.parquet");

        open.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("figures.parquet").And.Contain("Apache Parquet");
    }

    [Fact]
    public void A_figure_with_more_decimals_than_the_column_holds_is_refused_rather_than_rounded()
    {
        var observation = new Observation("gdp", Core.Periods.ReportingPeriod.Parse("2023", CultureInfo.InvariantCulture), null, new Core.Units.Percent(5.12345678901m));

        var write = () => Format.Write([observation], new MemoryStream());

        write.Should().Throw<ArgumentException>().Which.Message.Should().Contain("11 decimals");
    }

    [Fact]
    public void A_wide_parquet_file_with_a_column_that_is_not_a_period_is_read_as_the_CSV_is()
    {
        var path = Path.Combine(_directory.FullName, "wide.parquet");
        using (var duck = Open())
        {
            Execute(duck, "COPY (SELECT * FROM (VALUES ('gdp', '10^8 CNY', 1, 9), ('cpi', '10^8 CNY', 2, NULL)) AS t(indicator, unit, \"2024-M12\", \"2024-M13\")) "
                + $"TO '{path}' (FORMAT PARQUET)");
        }
        const string csv = "indicator,unit,2024-M12,2024-M13\ngdp,10^8 CNY,1,9\ncpi,10^8 CNY,2,\n";

        using var file = File.OpenRead(path);
        using var reader = Format.OpenReader(file, "wide.parquet");
        var fromParquet = reader.ReadAllLenient();
        var fromCsv = ObservationCsv.ReadLenient(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));

        XlsxObservationReaderTest.Describe(fromParquet.Observations).Should().Equal(XlsxObservationReaderTest.Describe(fromCsv.Observations)).And.ContainSingle();
        // The same problems, each under the rule of the format that found it (DP32xx for Parquet, DP30xx for CSV).
        fromParquet.Diagnostics.Select(d => (d.Code.Replace("DP32", "DP30", StringComparison.Ordinal), d.Severity, d.Location.Column, d.Message))
            .Should().Equal(fromCsv.Diagnostics.Select(d => (d.Code, d.Severity, d.Location.Column, d.Message)));
        fromParquet.Diagnostics.Select(d => d.Code).Should().Equal("DP3203", "DP3201");
    }

    private string Write(IEnumerable<Observation> observations)
    {
        var path = Path.Combine(_directory.FullName, "figures.parquet");
        using var file = File.Create(path);
        Format.Write(observations, file);
        return path;
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static T Scalar<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar()!;
        if (value is T typed)
        {
            return typed;
        }
        return typeof(T) == typeof(decimal) && value is string text
            ? (T)(object)decimal.Parse(text, CultureInfo.InvariantCulture)
            : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

using System.Buffers.Binary;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Parquet;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Every limit of <see cref="ParquetReadOptions"/> holds at its exact value and refuses one past it,
/// naming the option. Where a limit counts what the reader decodes, the count is taken from a first
/// read under the defaults, then the file read again with the limit set to it and to one less.
/// </summary>
public sealed class ParquetLimitTest : IDisposable
{
    private const string Figures = "SELECT 'gdp-' || (i % 3) AS indicator, (2000 + i)::VARCHAR AS period, (i * 1.1)::DECIMAL(18,1) AS value, '10^8 CNY' AS unit, 'NBS' AS source FROM range(10) t(i)";

    private readonly DuckParquet _duck = new();

    public void Dispose() => _duck.Dispose();

    [Fact]
    public void The_footer_may_take_MaxFooterBytes_and_not_one_more()
    {
        var bytes = _duck.Write(Figures);
        var footer = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8));

        Read(bytes, new ParquetReadOptions { MaxFooterBytes = footer }).Observations.Should().HaveCount(10);
        Refused(bytes, new ParquetReadOptions { MaxFooterBytes = footer - 1 }).Should().Contain("ParquetReadOptions.MaxFooterBytes").And.Contain($"{footer}");
    }

    [Fact]
    public void The_schema_may_have_MaxColumns_and_not_one_more()
    {
        var bytes = _duck.Write(Figures);

        Read(bytes, new ParquetReadOptions { MaxColumns = 5 }).Observations.Should().HaveCount(10);
        Refused(bytes, new ParquetReadOptions { MaxColumns = 4 }).Should().Contain("ParquetReadOptions.MaxColumns").And.Contain("has 5");
    }

    [Fact]
    public void The_file_may_have_MaxRowGroups_and_not_one_more()
    {
        var bytes = _duck.Write("SELECT 'gdp' AS indicator, (1000 + i)::VARCHAR AS period, i::DECIMAL(18,1) AS value, '10^8 CNY' AS unit FROM range(5000) t(i)", ", ROW_GROUP_SIZE 2048");

        Read(bytes, new ParquetReadOptions { MaxRowGroups = 3 }).Observations.Should().HaveCount(5000);
        Refused(bytes, new ParquetReadOptions { MaxRowGroups = 2 }).Should().Contain("ParquetReadOptions.MaxRowGroups").And.Contain("has 3");
    }

    [Fact]
    public void A_row_group_may_have_MaxRowGroupRows_and_not_one_more()
    {
        var bytes = _duck.Write(Figures);

        Read(bytes, new ParquetReadOptions { MaxRowGroupRows = 10 }).Observations.Should().HaveCount(10);
        Refused(bytes, new ParquetReadOptions { MaxRowGroupRows = 9 }).Should().Contain("ParquetReadOptions.MaxRowGroupRows").And.Contain("row group 0 has 10");
    }

    [Fact]
    public void A_row_group_may_decode_to_MaxRowGroupBytes_and_not_one_more()
    {
        var bytes = _duck.Write(Figures);
        var decoded = Measure(bytes, r => r.RowGroupBytes);

        Read(bytes, new ParquetReadOptions { MaxRowGroupBytes = decoded }).Observations.Should().HaveCount(10);
        Refused(bytes, new ParquetReadOptions { MaxRowGroupBytes = decoded - 1 }).Should().Contain("ParquetReadOptions.MaxRowGroupBytes").And.Contain($"brings it to {decoded}");
    }

    [Fact]
    public void The_file_may_decode_to_MaxDecodedBytes_across_its_row_groups_and_not_one_more()
    {
        // Three row groups (DuckDB's smallest is 2,048 rows).
        var bytes = _duck.Write("SELECT 'gdp' AS indicator, (1000 + i)::VARCHAR AS period, i::DECIMAL(18,1) AS value, '10^8 CNY' AS unit FROM range(5000) t(i)", ", ROW_GROUP_SIZE 2048");
        var decoded = Measure(bytes, r => r.DecodedBytes);
        decoded.Should().BeGreaterThan(Measure(bytes, r => r.RowGroupBytes), "the file's count is the sum of its row groups'");

        Read(bytes, new ParquetReadOptions { MaxDecodedBytes = decoded }).Observations.Should().HaveCount(5000);
        Refused(bytes, new ParquetReadOptions { MaxDecodedBytes = decoded - 1 }).Should().Contain("ParquetReadOptions.MaxDecodedBytes").And.Contain($"brings it to {decoded}");
    }

    [Fact]
    public void Each_limit_on_decoded_bytes_is_named_when_it_alone_is_passed()
    {
        var bytes = _duck.Write(Figures);
        var decoded = Measure(bytes, r => r.DecodedBytes);

        Refused(bytes, new ParquetReadOptions { MaxRowGroupBytes = decoded, MaxDecodedBytes = decoded - 1 })
            .Should().Contain("ParquetReadOptions.MaxDecodedBytes").And.NotContain("MaxRowGroupBytes");
        Refused(bytes, new ParquetReadOptions { MaxRowGroupBytes = decoded - 1, MaxDecodedBytes = decoded })
            .Should().Contain("ParquetReadOptions.MaxRowGroupBytes").And.NotContain("MaxDecodedBytes");
    }

    [Fact]
    public void A_row_group_whose_cells_alone_pass_the_limit_is_refused_before_a_page_is_read()
    {
        // Ten rows of the five columns the grammar reads (indicator, period, value, unit, source) at 36 bytes a cell.
        var bytes = _duck.Write(Figures);

        Refused(bytes, new ParquetReadOptions { MaxRowGroupBytes = 10 * 5 * 36 - 1 })
            .Should().Contain("its 10 rows of 5 columns read at 36 bytes a cell brings it to 1800");
        Refused(bytes, new ParquetReadOptions { MaxRowGroupBytes = 10 * 5 * 36 })
            .Should().Contain("decoding the pages of column");
    }

    [Theory]
    [InlineData("")]
    [InlineData(", COMPRESSION uncompressed")]
    [InlineData(", COMPRESSION zstd")]
    [InlineData(", PARQUET_VERSION v2")]
    [InlineData(", PARQUET_VERSION v2, COMPRESSION gzip")]
    public void A_page_may_take_MaxPageBytes_and_not_one_more(string options)
    {
        var bytes = _duck.Write("SELECT 'gdp' AS indicator, (1000 + i)::VARCHAR AS period, (i * 1.7)::DECIMAL(18,1) AS value, '10^8 CNY' AS unit FROM range(5000) t(i)", options);
        var largest = Measure(bytes, r => r.LargestPageBytes);

        Read(bytes, new ParquetReadOptions { MaxPageBytes = (int)largest }).Observations.Should().HaveCount(5000);
        Refused(bytes, new ParquetReadOptions { MaxPageBytes = (int)largest - 1 }).Should().Contain("ParquetReadOptions.MaxPageBytes");
    }

    [Theory]
    [InlineData("0123456789", true)]
    [InlineData("01234567890", false)]
    [InlineData("éééééééééé", true)] // 10 characters in 20 bytes
    [InlineData("€€€€€€€€€€", true)] // 10 characters in 30 bytes, three a character
    [InlineData("€€€€€€€€€€€", false)] // 11 characters in 33 bytes: more bytes than 10 characters can take
    [InlineData("€€€€€€€€€é", true)]
    public void A_cell_may_hold_MaxCellLength_characters_and_not_one_more(string source, bool read)
    {
        var bytes = _duck.Write($"SELECT 'gdp' AS indicator, '2023' AS period, 5.2 AS growth, '{source}' AS source");

        var result = Read(bytes, new ParquetReadOptions { MaxCellLength = 10 });

        if (read)
        {
            result.Observations.Should().ContainSingle().Which.Source.Should().Be(source);
        }
        else
        {
            result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("ParquetReadOptions.MaxCellLength").And.Contain("has 11");
        }
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused_by_name()
    {
        var limits = new (string Name, Func<ParquetReadOptions> Options)[]
        {
            ("MaxFooterBytes", () => new ParquetReadOptions { MaxFooterBytes = 0 }),
            ("MaxColumns", () => new ParquetReadOptions { MaxColumns = 0 }),
            ("MaxRowGroups", () => new ParquetReadOptions { MaxRowGroups = -1 }),
            ("MaxRowGroupRows", () => new ParquetReadOptions { MaxRowGroupRows = 0 }),
            ("MaxRowGroupBytes", () => new ParquetReadOptions { MaxRowGroupBytes = -1 }),
            ("MaxDecodedBytes", () => new ParquetReadOptions { MaxDecodedBytes = 0 }),
            ("MaxPageBytes", () => new ParquetReadOptions { MaxPageBytes = -1 }),
            ("MaxCellLength", () => new ParquetReadOptions { MaxCellLength = 0 }),
        };
        foreach (var (name, options) in limits)
        {
            var make = () => new ParquetObservationFormat(options());

            make.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options." + name);
            _ = new ParquetObservationFormat(options() with { MaxFooterBytes = 1, MaxColumns = 1, MaxRowGroups = 1, MaxRowGroupRows = 1, MaxRowGroupBytes = 1, MaxDecodedBytes = 1, MaxPageBytes = 1, MaxCellLength = 1 });
        }
    }

    [Fact]
    public void The_defaults_are_those_documented()
    {
        var options = ParquetReadOptions.Default;

        options.MaxFooterBytes.Should().Be(512 << 10);
        options.MaxRowGroups.Should().Be(10_000);
        options.MaxColumns.Should().Be(4096);
        options.MaxRowGroupRows.Should().Be(10_000_000);
        options.MaxRowGroupBytes.Should().Be(128L << 20);
        options.MaxDecodedBytes.Should().Be(4L << 30);
        options.MaxPageBytes.Should().Be(64 << 20);
        options.MaxCellLength.Should().Be(4096);
    }

    /// <summary>Reads a file with the defaults and answers what the reader counted.</summary>
    private static long Measure(byte[] bytes, Func<ParquetObservationReader, long> count)
    {
        using var reader = (ParquetObservationReader)new ParquetObservationFormat().OpenReader(new MemoryStream(bytes), "limits.parquet");
        reader.ReadAllLenient().Diagnostics.Should().BeEmpty();
        return count(reader);
    }

    private static ObservationReadResult Read(byte[] bytes, ParquetReadOptions options) =>
        BoundedRead.Run(new ParquetObservationFormat(options), bytes, "within the limit", "limits.parquet").Result!;

    private static string Refused(byte[] bytes, ParquetReadOptions options)
    {
        var error = BoundedRead.Run(new ParquetObservationFormat(options), bytes, "one past the limit", "limits.parquet").Error;
        error.Should().BeOfType<DevPlanFormatException>();
        return error!.Message;
    }
}

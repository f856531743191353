using System.Globalization;
using DevPlan.Core.Parquet;
using Parquet;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Parquet as DuckDB writes it, read back through <see cref="ParquetObservationFormat"/>: every
/// integer width, decimals of every physical type, encoding (version 1 PLAIN and dictionary, version
/// 2 DELTA_BINARY_PACKED) and scale, floats and doubles through their shortest text, and every codec.
/// Each figure is asserted as the exact decimal, digits and scale.
/// </summary>
public sealed class ParquetPlatformTypesTest : IDisposable
{
    private static readonly ParquetObservationFormat Format = new();
    private readonly DuckParquet _duck = new();

    public void Dispose() => _duck.Dispose();

    public static TheoryData<string, string, string> Figures => new()
    {
        // DuckDB type, the text cast to it, the figure read (digits and scale)
        { "TINYINT", "-7", "-7" },
        { "SMALLINT", "1234", "1234" },
        { "INTEGER", "-123456789", "-123456789" },
        { "BIGINT", "1234567890123", "1234567890123" },
        { "UTINYINT", "200", "200" },
        { "USMALLINT", "60000", "60000" },
        { "UINTEGER", "4000000000", "4000000000" },
        { "UBIGINT", "10000000000000000000", "10000000000000000000" },
        { "HUGEINT", "123456789012345", "123456789012345" },
        { "UHUGEINT", "98765", "98765" },
        { "DECIMAL(4,1)", "7.2", "7.2" },
        { "DECIMAL(9,2)", "1767.30", "1767.30" },
        { "DECIMAL(18,1)", "33278.0", "33278.0" },
        { "DECIMAL(18,6)", "-0.000123", "-0.000123" },
        { "DECIMAL(38,30)", "7.2", "7.2000000000000000000000000000" },
        { "DECIMAL(38,10)", "1767.3", "1767.3000000000" },
        { "DECIMAL(38,0)", "12345678901234567890123456789", "12345678901234567890123456789" },
        { "DECIMAL(30,28)", "0.1", "0.1000000000000000000000000000" },
        { "FLOAT", "0.1", "0.1" },
        { "FLOAT", "1767.3", "1767.3" },
        { "FLOAT", "-33278", "-33278" },
        { "DOUBLE", "0.1", "0.1" },
        { "DOUBLE", "66.16", "66.16" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_figure_DuckDB_writes_reads_back_exactly_in_either_Parquet_version(string type, string text, string expected)
    {
        foreach (var version in new[] { "", ", PARQUET_VERSION v2" })
        {
            // Row 0 holds the figure, the others small distinct ones and nulls, so that DuckDB chooses
            // its encodings as it would for real data.
            var bytes = _duck.Write($"""
                SELECT 'gdp' AS indicator, (2000 + i)::VARCHAR AS period,
                    CASE WHEN i = 0 THEN '{text}'::{type} WHEN i % 7 = 3 THEN NULL ELSE (i % 100)::{type} END AS value,
                    CASE WHEN i % 7 = 3 THEN NULL ELSE '10^8 CNY' END AS unit, 1.5 AS growth
                FROM range(300) t(i)
                """, version);

            var result = BoundedRead.Run(Format, bytes, type + version).Result!;

            result.Diagnostics.Should().BeEmpty(type + version);
            var levels = result.Observations.Select(o => o.Level?.Value.ToString(CultureInfo.InvariantCulture)).ToList();
            levels.Should().HaveCount(300);
            levels[0].Should().Be(expected, type + version);
            for (var i = 1; i < levels.Count; i++)
            {
                if (i % 7 == 3)
                {
                    levels[i].Should().BeNull();
                }
                else
                {
                    decimal.Parse(levels[i]!, CultureInfo.InvariantCulture).Should().Be(i % 100, $"{type}{version}, row {i}");
                }
            }
        }
    }

    [Fact]
    public void DuckDBs_version_2_decimals_are_read_from_their_DELTA_BINARY_PACKED_pages()
    {
        // Nulls among the levels make DuckDB write definition levels before each page's values.
        var bytes = _duck.Write("""
            SELECT 'gdp' AS indicator, (2000 + i)::VARCHAR AS period,
                CASE WHEN i % 10 = 3 THEN NULL ELSE (i * 1.1)::DECIMAL(18,1) END AS value, (i * 0.01)::DECIMAL(9,2) AS growth,
                CASE WHEN i % 10 = 3 THEN NULL ELSE '10^8 CNY' END AS unit
            FROM range(300) t(i)
            """, ", PARQUET_VERSION v2");

        Encodings(bytes, "value").Should().Contain(Parquet.Meta.Encoding.DELTA_BINARY_PACKED);
        Encodings(bytes, "growth").Should().Contain(Parquet.Meta.Encoding.DELTA_BINARY_PACKED);
        var result = BoundedRead.Run(Format, bytes, "version 2 decimals").Result!;

        result.Diagnostics.Should().BeEmpty();
        result.Observations.Select(o => o.Level?.Value).Should().Equal(Enumerable.Range(0, 300).Select(i => i % 10 == 3 ? (decimal?)null : i * 1.1m));
        result.Observations.Select(o => o.Growth!.Value.Value).Should().Equal(Enumerable.Range(0, 300).Select(i => i * 0.01m));
        result.Observations[7].Level!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("7.7");
        result.Observations[10].Growth!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("0.10");
    }

    [Fact]
    public void A_float_reads_as_its_shortest_text_and_not_as_the_double_it_widens_to()
    {
        var bytes = _duck.Write("SELECT 'gdp' AS indicator, '2023' AS period, 0.1::FLOAT AS growth");

        var growth = BoundedRead.Run(Format, bytes, "0.1 as FLOAT").Result!.Observations.Single().Growth!.Value.Value;

        growth.Should().Be(0.1m);
        growth.ToString(CultureInfo.InvariantCulture).Should().Be("0.1");
    }

    [Theory]
    [InlineData("uncompressed")]
    [InlineData("snappy")]
    [InlineData("gzip")]
    [InlineData("zstd")]
    [InlineData("brotli")]
    [InlineData("lz4_raw")]
    public void Parquet_compressed_with_each_codec_DuckDB_writes_reads_back(string codec)
    {
        foreach (var version in new[] { "", ", PARQUET_VERSION v2" })
        {
            var bytes = _duck.Write($"""
                SELECT 'gdp-' || (i % 13) AS indicator, (2000 + i % 50)::VARCHAR AS period, (i * 1.1)::DECIMAL(18,1) AS value, '10^8 CNY' AS unit,
                    CASE WHEN i % 5 = 0 THEN NULL ELSE 'NBS bulletin ' || i END AS source
                FROM range(2000) t(i)
                """, $", COMPRESSION {codec}{version}");

            var result = BoundedRead.Run(Format, bytes, codec + version).Result!;

            result.Diagnostics.Should().BeEmpty(codec + version);
            result.Observations.Should().HaveCount(2000);
            result.Observations[1999].Level!.Value.Value.Should().Be(2198.9m);
            result.Observations[1999].Source.Should().Be("NBS bulletin 1999");
            result.Observations[1995].Source.Should().BeNull();
        }
    }

    [Fact]
    public void A_column_the_grammar_does_not_read_is_not_decoded_whatever_its_type()
    {
        var bytes = _duck.Write("SELECT 'gdp' AS indicator, '2023' AS period, 5.2 AS growth, TIMESTAMP '2024-01-01 10:00:00' AS loaded_at, uuid() AS id");

        var result = BoundedRead.Run(Format, bytes, "a timestamp and a UUID beside the figures").Result!;

        result.Observations.Should().ContainSingle().Which.Growth!.Value.Value.Should().Be(5.2m);
    }

    [Fact]
    public void A_column_the_grammar_reads_of_a_type_it_cannot_make_text_of_is_refused_by_name()
    {
        var bytes = _duck.Write("SELECT 'gdp' AS indicator, '2023' AS period, 5.2 AS growth, TIMESTAMP '2024-01-01 10:00:00' AS source");

        var error = BoundedRead.Run(Format, bytes, "a timestamp as source").Error!;

        error.Column.Should().Be("source");
        error.Message.Should().Contain("timestamp");
    }

    private static IReadOnlyList<Parquet.Meta.Encoding> Encodings(byte[] bytes, string column)
    {
        var reader = ParquetReader.CreateAsync(new MemoryStream(bytes)).GetAwaiter().GetResult();
        return reader.Metadata!.RowGroups[0].Columns.Single(c => c.MetaData!.PathInSchema.SequenceEqual([column])).MetaData!.Encodings;
    }
}

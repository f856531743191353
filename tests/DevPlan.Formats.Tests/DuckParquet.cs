using DuckDB.NET.Data;

namespace DevPlan.Formats.Tests;

/// <summary>Parquet files written by DuckDB, as a data platform writes them: a query copied to a file, its bytes read back.</summary>
internal sealed class DuckParquet : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("devplan-duck-");
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public DuckParquet() => _connection.Open();

    /// <summary>Writes the rows of a query as Parquet and returns the file's bytes.</summary>
    /// <param name="select">The query.</param>
    /// <param name="options">More options of COPY, after FORMAT PARQUET: ", PARQUET_VERSION v2", ", COMPRESSION zstd".</param>
    public byte[] Write(string select, string options = "")
    {
        var path = Path.Combine(_directory.FullName, $"{Guid.NewGuid():N}.parquet");
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"COPY ({select}) TO '{path}' (FORMAT PARQUET{options})";
            command.ExecuteNonQuery();
        }
        return File.ReadAllBytes(path);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _directory.Delete(recursive: true);
    }
}

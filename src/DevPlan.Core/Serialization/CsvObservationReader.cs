using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using nietras.SeparatedValues;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Observation CSV (see <see cref="ObservationCsv"/>), tidy or wide, as a
/// <see cref="TableObservationReader"/>: Sep parses the rows from the guarded text
/// (<see cref="CsvTextGuard"/>), each row's shape is checked here (a stray quote, the field count,
/// the field length), and the table grammar reads its fields from their spans; codes and texts stay
/// spans until a consumer keeps the row. A problem names the line and the column. The header is
/// read here as the first row, so that the grammar decides what its names may be (several blank
/// ones among them, as a spreadsheet's export has).
/// </summary>
internal sealed class CsvObservationReader : TableObservationReader
{
    private readonly CsvTextGuard _text;
    private readonly bool _ownsStream;
    private readonly Stream _stream;
    private readonly SepReader _rows;
    private readonly int _maxFieldLength;
    private int _line;

    private CsvObservationReader(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, string[] header, ObservationCsvOptions options, string? sourceName)
        : base(header, options.Units, sourceName)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _text = text;
        _rows = sep;
        _maxFieldLength = options.MaxFieldLength;
    }

    /// <summary>Opens a reader of the layout the header shows: tidy (a <c>period</c> column), or wide (a column per period).</summary>
    public static ObservationReader Open(Stream stream, bool ownsStream, ObservationCsvOptions options, string? sourceName)
    {
        var text = new CsvTextGuard(stream, options, sourceName);
        try
        {
            var sep = OpenSep(text, options, sourceName);
            string[] header;
            try
            {
                header = ReadHeader(sep, sep.MoveNext(), text, sourceName);
            }
            catch
            {
                sep.Dispose();
                throw;
            }
            return Create(stream, ownsStream, text, sep, header, options, sourceName);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Opens a reader asynchronously (see <see cref="Open"/>).</summary>
    public static async ValueTask<ObservationReader> OpenAsync(Stream stream, bool ownsStream, ObservationCsvOptions options, string? sourceName, CancellationToken cancellationToken)
    {
        var text = new CsvTextGuard(stream, options, sourceName);
        try
        {
            SepReader sep;
            try
            {
                sep = await SepOptions(options).FromAsync(text, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                throw BadHeader(e, sourceName);
            }
            string[] header;
            try
            {
                header = ReadHeader(sep, await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false), text, sourceName);
            }
            catch
            {
                sep.Dispose();
                throw;
            }
            return Create(stream, ownsStream, text, sep, header, options, sourceName);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    protected override bool MoveToNextRow()
    {
        if (!_rows.MoveNext())
        {
            return false;
        }
        _line = _rows.Current.LineNumberFrom;
        return true;
    }

    protected override async ValueTask<bool> MoveToNextRowAsync(CancellationToken cancellationToken)
    {
        if (!await _rows.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        _line = _rows.Current.LineNumberFrom;
        return true;
    }

    protected override ReadOnlySpan<char> GetCell(int column) => _rows.Current[column].Span;

    protected override long RowNumber => _line;

    /// <inheritdoc />
    protected override DiagnosticLocation LocateRow(long row, string? column) => new(SourceName, line: row, column: column);

    protected override ReadOnlySpan<char> RestoreText(ReadOnlySpan<char> text) => SpreadsheetText.Restore(text);

    /// <summary>Checks what every row needs before its fields are read: no stray quote, the header's field count, no field over the limit.</summary>
    protected override ObservationProblem? CheckRow()
    {
        var row = _rows.Current;
        if (_text.HasProblems && _text.TryTakeProblem(_line, out var quoteProblem))
        {
            return QuoteProblem(row, quoteProblem);
        }
        if (row.ColCount != Names.Length)
        {
            return Fail(DiagnosticRule.CsvRowRagged, null, null,
                $"Expected {Names.Length} fields as in the header, but the row has {row.ColCount}.");
        }
        if (row.Span.Length <= _maxFieldLength)
        {
            return null; // no field can be longer than its row
        }
        for (var i = 0; i < row.ColCount; i++)
        {
            if (row[i].Span.Length > _maxFieldLength)
            {
                return Fail(DiagnosticRule.CsvFieldInvalid, Names[i], Shorten(row[i].Span),
                    $"Expected a field of at most {_maxFieldLength} characters (ObservationCsvOptions.MaxFieldLength), but this one has {row[i].Span.Length}.");
            }
        }
        return null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
            _text.Dispose();
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    private static CsvObservationReader Create(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, string[] header, ObservationCsvOptions options, string? sourceName)
    {
        try
        {
            return new CsvObservationReader(stream, ownsStream, text, sep, header, options, sourceName);
        }
        catch
        {
            sep.Dispose();
            throw;
        }
    }

    private static SepReaderOptions SepOptions(ObservationCsvOptions options) =>
        Sep.New(options.Separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture });

    private static SepReader OpenSep(CsvTextGuard text, ObservationCsvOptions options, string? sourceName)
    {
        try
        {
            return SepOptions(options).From(text);
        }
        catch (ArgumentException e)
        {
            throw BadHeader(e, sourceName);
        }
    }

    /// <summary>The column names of the first row (<paramref name="any"/>: none for an empty file), which must hold no stray quote.</summary>
    private static string[] ReadHeader(SepReader reader, bool any, CsvTextGuard text, string? sourceName)
    {
        if (text.HasProblems && text.TryTakeProblem(1, out var reason))
        {
            throw new DevPlanFormatException($"Expected a header row of column names. {reason}", new DiagnosticLocation(sourceName, line: 1));
        }
        if (!any)
        {
            return [];
        }
        var row = reader.Current;
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = row[i].ToString();
        }
        return names;
    }

    private static DevPlanFormatException BadHeader(ArgumentException e, string? sourceName) =>
        new($"Expected a header row of distinct column names ({string.Join(", ", ObservationCsv.Columns)}), but {DiagnosticMessage.FromException(e)}", new DiagnosticLocation(sourceName, line: 1), innerException: e);

    /// <summary>A row the text guard found malformed: named by the field that holds the neutralised quote, when one does.</summary>
    private ObservationProblem QuoteProblem(SepReader.Row row, DiagnosticMessage reason)
    {
        for (var i = 0; i < row.ColCount && i < Names.Length; i++)
        {
            var field = row[i].Span;
            if (field.Contains(CsvTextGuard.StrayQuote))
            {
                return Fail(DiagnosticRule.CsvFieldInvalid, Names[i], Shorten(field).Replace(CsvTextGuard.StrayQuote, '"'), reason);
            }
        }
        return Fail(DiagnosticRule.CsvFieldInvalid, null, null, reason);
    }
}

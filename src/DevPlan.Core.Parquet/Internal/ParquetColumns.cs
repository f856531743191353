using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>A row group's column read whole and turned into the invariant text the table grammar reads.</summary>
internal static class ParquetColumns
{
    public static async Task<string?[]> ReadAsText(ParquetRowGroupReader group, DataField field, int count, int?[]? scales, CancellationToken cancellationToken)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var strings = new string?[count];
            await group.ReadAsync(field, strings.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return strings;
        }
        if (type == typeof(decimal))
        {
            var values = await ReadNullable<decimal>(group, field, count, cancellationToken).ConfigureAwait(false);
            return [.. values.Select((v, i) => v is { } d ? WithScale(d, scales?[i]).ToString(CultureInfo.InvariantCulture) : null)];
        }
        if (type == typeof(double))
        {
            return Texts(await ReadNullable<double>(group, field, count, cancellationToken).ConfigureAwait(false), d => Shortest(d));
        }
        if (type == typeof(float))
        {
            return Texts(await ReadNullable<float>(group, field, count, cancellationToken).ConfigureAwait(false), f => Shortest(f));
        }
        if (type == typeof(int))
        {
            return Texts(await ReadNullable<int>(group, field, count, cancellationToken).ConfigureAwait(false), v => v.ToString(CultureInfo.InvariantCulture));
        }
        if (type == typeof(long))
        {
            return Texts(await ReadNullable<long>(group, field, count, cancellationToken).ConfigureAwait(false), v => v.ToString(CultureInfo.InvariantCulture));
        }
        if (type == typeof(short))
        {
            return Texts(await ReadNullable<short>(group, field, count, cancellationToken).ConfigureAwait(false), v => v.ToString(CultureInfo.InvariantCulture));
        }
        if (type == typeof(bool))
        {
            return Texts(await ReadNullable<bool>(group, field, count, cancellationToken).ConfigureAwait(false), v => v ? "true" : "false");
        }
        if (type == typeof(DateOnly))
        {
            return Texts(await ReadNullable<DateOnly>(group, field, count, cancellationToken).ConfigureAwait(false), v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        throw new NotSupportedException($"Expected columns of text, decimals, floating-point or integer numbers, booleans or dates, but \"{field.Name}\" holds {type.Name}.");
    }

    /// <summary>A column of a value type, nulls included.</summary>
    public static async Task<T?[]> ReadNullable<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[count];
        if (field.IsNullable)
        {
            await group.ReadAsync<T>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return values;
        }
        var required = new T[count];
        await group.ReadAsync<T>(field, required.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < count; i++)
        {
            values[i] = required[i];
        }
        return values;
    }

    /// <summary>A decimal read from a column of a fixed scale, given back the scale it was published with (4.1000000000 with scale 3 is 4.100); never rounded.</summary>
    public static decimal WithScale(decimal value, int? scale)
    {
        if (scale is not (>= 0 and <= 28) || scale == value.Scale)
        {
            return value;
        }
        if (value.Scale > scale)
        {
            var rounded = Math.Round(value, scale.Value);
            return rounded == value ? rounded : value;
        }
        var padded = value;
        for (var i = value.Scale; i < scale; i++)
        {
            padded *= 1.0m;
        }
        return padded;
    }

    private static string Shortest(double value) =>
        decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    private static string?[] Texts<T>(T?[] values, Func<T, string> text)
        where T : struct => [.. values.Select(v => v is { } x ? text(x) : null)];
}

using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DevPlan.Core.Internal;

/// <summary>
/// Argument guards shared by every constructor of the model. Each check names the argument and
/// what was allowed, and returns the argument so that it fits in constructor chains.
/// </summary>
[StackTraceHidden]
internal static class Preconditions
{
    /// <summary>The longest code (identifier) the model accepts.</summary>
    internal const int MaxCodeLength = 64;

    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }
        return value;
    }

    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new WordedArgumentException("Expected non-blank text, but the value is empty or white space.", paramName);
        }
        return value;
    }

    /// <summary>
    /// Checks that <paramref name="value"/> is a code: 1 to 64 characters of ASCII letters, digits,
    /// '-', '_' and '.', starting with a letter or digit.
    /// </summary>
    internal static string CheckCode([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (!IsCode(value))
        {
            throw new WordedArgumentException(
                $"Expected a code of 1 to {MaxCodeLength} ASCII letters, digits, '-', '_' or '.', starting with a letter or digit, but found \"{Truncate(value)}\".",
                paramName);
        }
        return value;
    }

    internal static bool IsCode(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > MaxCodeLength || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    internal static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new WordedArgumentOutOfRangeException($"Expected a value from {min} to {max}, but found {value}.", paramName, value);
        }
        return value;
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new WordedArgumentOutOfRangeException($"Expected a defined {typeof(TEnum).Name} value, but found {value}.", paramName, value);
        }
        return value;
    }

    /// <summary>
    /// Returns an empty array for <c>default</c>, and checks that no element is null.
    /// </summary>
    internal static ImmutableArray<T> CheckElements<T>(ImmutableArray<T> value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value.IsDefault)
        {
            return [];
        }
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is null)
            {
                throw new WordedArgumentException($"Expected no null elements, but element {i} is null.", paramName);
            }
        }
        return value;
    }

    /// <summary>
    /// Returns an empty array for <c>default</c>, and checks that every element is a code.
    /// </summary>
    internal static ImmutableArray<string> CheckCodes(ImmutableArray<string> value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        value = CheckElements(value, paramName);
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsCode(value[i]))
            {
                throw new WordedArgumentException(
                    $"Expected element {i} to be a code of 1 to {MaxCodeLength} ASCII letters, digits, '-', '_' or '.', but found \"{Truncate(value[i])}\".",
                    paramName);
            }
        }
        return value;
    }

    internal static string Truncate(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");

    [DoesNotReturn]
    private static void ThrowNull(string? paramName) => throw new ArgumentNullException(paramName);
}

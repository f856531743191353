using System.Globalization;
using System.Numerics;
using DevPlan.Core.Parquet.Internal;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Parquet numbers made into decimals exactly or not at all: at the edges of decimal's 28 decimals
/// and 96-bit mantissa, and a float or double through its shortest text.
/// </summary>
public sealed class ExactNumberTest
{
    private static readonly BigInteger Max = (BigInteger.One << 96) - 1;

    [Theory]
    [InlineData(0, "79228162514264337593543950335")]
    [InlineData(1, "7922816251426433759354395033.5")]
    [InlineData(28, "7.9228162514264337593543950335")]
    public void The_largest_mantissa_is_held_at_every_scale(int scale, string expected)
    {
        ExactNumber.TryDecimal(Max, scale, out var value).Should().BeTrue();
        value.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
        ExactNumber.TryDecimal(Max + 1, scale, out _).Should().BeFalse("2^96 needs a 97th bit");
        ExactNumber.TryDecimal(-Max, scale, out var negative).Should().BeTrue();
        negative.Should().Be(-value);
    }

    [Fact]
    public void Zeros_past_what_decimal_holds_are_dropped_and_digits_never_are()
    {
        ExactNumber.TryDecimal(BigInteger.One, 28, out var smallest).Should().BeTrue();
        smallest.Should().Be(0.0000000000000000000000000001m);
        ExactNumber.TryDecimal(BigInteger.One, 29, out _).Should().BeFalse("a 29th decimal would be rounded away");
        ExactNumber.TryDecimal(new BigInteger(10), 29, out var ten).Should().BeTrue();
        ten.ToString(CultureInfo.InvariantCulture).Should().Be("0.0000000000000000000000000001");
        ExactNumber.TryDecimal(Max * 10, 1, out var trimmed).Should().BeTrue();
        trimmed.Should().Be(decimal.MaxValue);
        ExactNumber.TryDecimal(Max * 10 + 1, 1, out _).Should().BeFalse();
        ExactNumber.TryDecimal(BigInteger.Parse("72000000000000000000000000000000", CultureInfo.InvariantCulture), 31, out var seven).Should().BeTrue();
        seven.ToString(CultureInfo.InvariantCulture).Should().Be("7.2000000000000000000000000000");
    }

    [Fact]
    public void A_negative_scale_multiplies_within_range()
    {
        ExactNumber.TryDecimal(new BigInteger(5), -2, out var hundreds).Should().BeTrue();
        hundreds.Should().Be(500m);
        ExactNumber.TryDecimal(new BigInteger(7), -28, out var large).Should().BeTrue();
        large.Should().Be(70_000_000_000_000_000_000_000_000_000m);
        ExactNumber.TryDecimal(BigInteger.One, -29, out _).Should().BeFalse();
        ExactNumber.TryDecimal(BigInteger.One, -30, out _).Should().BeFalse();
        ExactNumber.TryDecimal(BigInteger.Zero, -1000, out var zero).Should().BeTrue();
        zero.Should().Be(0m);
    }

    [Theory]
    [InlineData(long.MinValue, 0, "-9223372036854775808")]
    [InlineData(long.MaxValue, 18, "9.223372036854775807")]
    [InlineData(-1, 28, "-0.0000000000000000000000000001")]
    [InlineData(120, 29, "0.0000000000000000000000000012")]
    public void An_int64_decimal_is_read_at_its_scale(long unscaled, int scale, string expected)
    {
        ExactNumber.TryDecimal(unscaled, scale, out var value).Should().BeTrue();
        value.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "-1")]
    [InlineData(new byte[] { 0x00, 0x80 }, "128")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x85 }, "-123")]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x7B }, "123")]
    public void A_big_endian_decimal_is_read_through_its_sign_extension(byte[] bytes, string expected)
    {
        ExactNumber.TryDecimal(bytes, 0, out var value).Should().BeTrue();
        value.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void A_big_endian_decimal_of_more_than_32_significant_bytes_is_not_read()
    {
        var thirtyTwo = BigInteger.Pow(10, 76).ToByteArray(isUnsigned: false, isBigEndian: true);
        var thirtyThree = BigInteger.Pow(10, 77).ToByteArray(isUnsigned: false, isBigEndian: true);
        thirtyTwo.Should().HaveCount(ExactNumber.MaxUnscaledBytes);
        thirtyThree.Should().HaveCount(ExactNumber.MaxUnscaledBytes + 1);

        ExactNumber.TryDecimal(thirtyTwo, 76, out var one).Should().BeTrue();
        one.Should().Be(1m);
        ExactNumber.TryDecimal(thirtyThree, 77, out _).Should().BeFalse();
        ExactNumber.TryDecimal([], 0, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(0.1f, "0.1")]
    [InlineData(1767.3f, "1767.3")]
    [InlineData(-3e-5f, "-0.00003")]
    [InlineData(1.5e20f, "150000000000000000000")]
    public void A_float_is_its_shortest_text(float value, string expected)
    {
        ExactNumber.TryDecimal(value, out var result).Should().BeTrue();
        result.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    [InlineData(float.Epsilon)]
    [InlineData(float.MaxValue)]
    public void A_float_decimal_cannot_hold_is_not_read(float value) => ExactNumber.TryDecimal(value, out _).Should().BeFalse();

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(66.16, "66.16")]
    [InlineData(1e28, "10000000000000000000000000000")]
    [InlineData(1e-28, "0.0000000000000000000000000001")]
    public void A_double_is_its_shortest_text(double value, string expected)
    {
        ExactNumber.TryDecimal(value, out var result).Should().BeTrue();
        result.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.Epsilon)]
    [InlineData(1e29)]
    [InlineData(1.5e-28)]
    [InlineData(double.MinValue)]
    public void A_double_decimal_cannot_hold_is_not_read(double value) => ExactNumber.TryDecimal(value, out _).Should().BeFalse();
}

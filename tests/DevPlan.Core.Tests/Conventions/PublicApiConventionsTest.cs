using System.Reflection;
using System.Runtime.CompilerServices;

namespace DevPlan.Core.Tests.Conventions;

/// <summary>Conventions enforced across the whole public surface of DevPlan.Core and the packages its tests cover (values, reports, progress, scoring).</summary>
public class PublicApiConventionsTest
{
    private static readonly Type[] PublicTypes =
    [
        .. typeof(Plan).Assembly.GetExportedTypes(),
        .. typeof(DevPlan.Core.Units.Quantity).Assembly.GetExportedTypes(),
        .. typeof(DevPlan.Core.Reporting.EvaluationReport).Assembly.GetExportedTypes(),
        .. typeof(DevPlan.Core.Progress.ProgressMeasure).Assembly.GetExportedTypes(),
        .. typeof(DevPlan.Core.Scoring.AssessmentScorer).Assembly.GetExportedTypes(),
    ];

    /// <summary>
    /// The library's surface stays small: what a package needs lives in that package, the values in theirs, and
    /// anything else is internal. A type added beyond the aim has to make room.
    /// </summary>
    [Fact]
    public void TheLibrary_ExportsAtMost80Types() =>
        typeof(Plan).Assembly.GetExportedTypes().Should().HaveCountLessThanOrEqualTo(80, "DevPlan.Core aims at no more than 80 public types");

    // Ref structs (a reader's record) are views over a buffer, not values: they are not compared.
    public static TheoryData<Type> PublicStructs => [.. PublicTypes.Where(t => t.IsValueType && !t.IsEnum && !t.IsByRefLike)];

    public static TheoryData<Type> PublicClasses => [.. PublicTypes.Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void Structs_AreReadOnlyEquatableAndHaveEqualityOperators(Type type)
    {
        type.IsDefined(typeof(IsReadOnlyAttribute)).Should().BeTrue($"{type.Name} should be a readonly struct");
        type.GetInterfaces().Should().Contain(typeof(IEquatable<>).MakeGenericType(type));
        var equality = type.GetMethod("op_Equality", [type, type]);
        var inequality = type.GetMethod("op_Inequality", [type, type]);
        equality.Should().NotBeNull();
        inequality.Should().NotBeNull();
        // The operators agree with Equals: a value equals itself, and == and != are opposites.
        var value = Activator.CreateInstance(type)!;
        value.Equals(value).Should().BeTrue($"{type.Name}.Equals should hold for a value and itself");
        equality!.Invoke(null, [value, value]).Should().Be(true, $"{type.Name} == should agree with Equals");
        inequality!.Invoke(null, [value, value]).Should().Be(false, $"{type.Name} != should be the opposite of ==");
    }

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void Classes_AreSealedOrAbstractAndHaveNoPublicMutableState(Type type)
    {
        (type.IsSealed || type.IsAbstract).Should().BeTrue($"{type.Name} should be sealed (or an abstract base)");
        type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Should().BeEmpty($"{type.Name} should expose no writable fields");
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));
        setters.Should().BeEmpty($"{type.Name} should only have get or init accessors");
    }

    [Fact]
    public void Exceptions_AreSealedOrAnAbstractBase() =>
        PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).Should().OnlyContain(t => t.IsSealed || t.IsAbstract);

    [Fact]
    public void TheModel_DoesNotDependOnASerializer() =>
        typeof(Plan).Assembly.GetTypes().Where(t => t.Namespace == "DevPlan.Core")
            .SelectMany(t => t.GetProperties().Select(p => p.PropertyType).Concat(t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)))
            .Where(t => t.Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true)
            .Should().BeEmpty();

    [Fact]
    public void NoPublicStaticMutableState() =>
        PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Should().BeEmpty();
}

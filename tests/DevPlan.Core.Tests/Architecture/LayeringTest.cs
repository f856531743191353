using System.Reflection;
using System.Reflection.Emit;
using DevPlan.Core.Reporting;

namespace DevPlan.Core.Tests.Architecture;

/// <summary>
/// The library's layers depend one way: values, then the model, then calculations and attainment,
/// then validation, then serialization and reports. The values (text, units, periods) are a package
/// of their own below the library, so the compiler keeps them from using anything above; the test reads
/// the compiled assemblies of both (every
/// signature, field, local and instruction of every type, nested and compiler-generated ones
/// included) and fails on a reference that goes up or sideways.
/// </summary>
public class LayeringTest
{
    /// <summary>Each namespace's layer; a type may use its own namespace and lower layers only.</summary>
    private static readonly Dictionary<string, int> Layers = new()
    {
        ["DevPlan.Core.Internal"] = 0,
        ["DevPlan.Core.Text"] = 1,
        ["DevPlan.Core.Units"] = 2,
        ["DevPlan.Core.Periods"] = 2,
        ["DevPlan.Core.IO"] = 2,
        ["DevPlan.Core.Diagnostics"] = 3,
        ["DevPlan.Core"] = 4,
        ["DevPlan.Core.Observations"] = 5,
        ["DevPlan.Core.Calculations"] = 6,
        ["DevPlan.Core.Attainment"] = 8,
        ["DevPlan.Core.Attainment.Kinds"] = 8,
        ["DevPlan.Core.Validation"] = 10,
        ["DevPlan.Core.Serialization"] = 11,
        ["DevPlan.Core.Serialization.Formats"] = 11,
        ["DevPlan.Core.Reporting"] = 11,
        ["DevPlan.Core.Reporting.Formats"] = 11,
    };

    /// <summary>Namespaces of one layer that work together; any other pair of one layer stays apart.</summary>
    private static readonly HashSet<(string, string)> Partners =
    [
        ("DevPlan.Core.Attainment", "DevPlan.Core.Attainment.Kinds"),
        ("DevPlan.Core.Attainment.Kinds", "DevPlan.Core.Attainment"),
        ("DevPlan.Core.Serialization", "DevPlan.Core.Serialization.Formats"),
        ("DevPlan.Core.Serialization.Formats", "DevPlan.Core.Serialization"),
        ("DevPlan.Core.Reporting", "DevPlan.Core.Reporting.Formats"),
        ("DevPlan.Core.Reporting.Formats", "DevPlan.Core.Reporting"),
    ];

    private static readonly Assembly Library = typeof(Catalogue).Assembly;

    private static readonly Assembly Values = typeof(DevPlan.Core.Units.Quantity).Assembly;

    private static readonly Type[] Scanned = [.. Library.GetTypes(), .. Values.GetTypes()];

    [Fact]
    public void EveryNamespace_HasALayer() =>
        Scanned.Select(t => t.Namespace).Where(n => n is not null && n.StartsWith("DevPlan.Core", StringComparison.Ordinal))
            .Distinct().Where(n => !Layers.ContainsKey(n!)).Should().BeEmpty("a new namespace needs its place in the layers");

    [Fact]
    public void NoType_UsesAHigherOrSiblingLayer()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Scanned)
        {
            var from = NamespaceOf(type);
            if (from is null || !Layers.TryGetValue(from, out var layer))
            {
                continue;
            }
            foreach (var used in Dependencies(type))
            {
                var to = NamespaceOf(used);
                if (to is null || to == from || !Layers.TryGetValue(to, out var usedLayer))
                {
                    continue;
                }
                if (usedLayer > layer || (usedLayer == layer && !Partners.Contains((from, to))))
                {
                    violations.Add($"{Outermost(type).FullName} ({from}) uses {Outermost(used).FullName} ({to})");
                }
            }
        }

        violations.Should().BeEmpty();
    }

    [Fact]
    public void TheTool_SeesNoInternals() =>
        Library.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName)
            .Should().BeEquivalentTo(["DevPlan.Core.Tests", "DevPlan.Core.Benchmarks"], "the tool and the packages use the public API only; the benchmarks measure the internal column store");

    [Fact]
    public void TheValues_GrantTheirInternalsToTheLibraryAlone() =>
        Values.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName)
            .Should().BeEquivalentTo(["DevPlan.Core", "DevPlan.Core.Tests", "DevPlan.Core.Benchmarks"],
                "the library, released with the values at the same version, reads their compact forms; the tool and the other packages use their public API");

    [Fact]
    public void TheValues_UseNothingOfTheLibrary() =>
        Values.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(Library.GetName().Name);

    [Fact]
    public void TheScan_SeesReferencesInMethodBodies()
    {
        // A guard for the scanner itself: Catalogue uses LocalizedText (layer 1) only inside a method body and signatures.
        Dependencies(typeof(Catalogue)).Should().Contain(typeof(DevPlan.Core.Text.LocalizedText));
        Dependencies(typeof(Catalogue)).Should().Contain(typeof(DevPlan.Core.Attainment.AttainmentStatus));
    }

    private static string? NamespaceOf(Type type) => Outermost(type).Namespace;

    private static Type Outermost(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }
        return type;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The library's types a type refers to: in its declaration, members, signatures, locals and instructions.</summary>
    private static HashSet<Type> Dependencies(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
                Add(t.GetGenericTypeDefinition());
                return;
            }
            if (!t.IsGenericParameter && (t.Assembly == Library || t.Assembly == Values))
            {
                found.Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }
        foreach (var field in type.GetFields(Everything))
        {
            Add(field.FieldType);
        }
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }
            if (method.GetMethodBody() is not { } body)
            {
                continue;
            }
            foreach (var local in body.LocalVariables)
            {
                Add(local.LocalType);
            }
            foreach (var member in Operands(method, body.GetILAsByteArray()!))
            {
                switch (member)
                {
                    case Type t:
                        Add(t);
                        break;
                    case MethodBase m:
                        Add(m.DeclaringType);
                        if (m is MethodInfo mi)
                        {
                            Add(mi.ReturnType);
                            foreach (var argument in mi.IsGenericMethod ? mi.GetGenericArguments() : [])
                            {
                                Add(argument);
                            }
                        }
                        foreach (var parameter in m.GetParameters())
                        {
                            Add(parameter.ParameterType);
                        }
                        break;
                    case FieldInfo f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }
        foreach (var nested in type.GetNestedTypes(Everything))
        {
            found.UnionWith(Dependencies(nested));
        }
        return found;
    }

    /// <summary>The types and members an IL body names.</summary>
    private static IEnumerable<MemberInfo> Operands(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, position);
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        // A token of another module that cannot be resolved in context: not the library's.
                    }
                    if (member is not null)
                    {
                        yield return member;
                    }
                    position += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, position);
                    position += 4 + 4 * count;
                    break;
                default:
                    // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR.
                    position += 4;
                    break;
            }
        }
    }
}

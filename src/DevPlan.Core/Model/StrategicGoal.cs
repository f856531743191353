using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>A strategic goal of the plan (one of the "四个高": a source of high-tech innovation…).</summary>
public sealed class StrategicGoal
{
    /// <summary>Creates a goal.</summary>
    /// <param name="code">The goal's code, unique within the strategy.</param>
    /// <param name="name">The goal's name.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code.</exception>
    public StrategicGoal(string code, LocalizedText name)
    {
        Code = Preconditions.CheckCode(code);
        Name = Preconditions.CheckNotNull(name);
    }

    /// <summary>Gets the goal's code.</summary>
    public string Code { get; }

    /// <summary>Gets the goal's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Returns the code and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Name.En})";
}

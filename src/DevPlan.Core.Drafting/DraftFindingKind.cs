namespace DevPlan.Core.Drafting;

/// <summary>What a finding of the drafting reader is about.</summary>
public enum DraftFindingKind
{
    /// <summary>A clause the grammar does not understand; nothing was drafted from it.</summary>
    UnknownClause,

    /// <summary>A clause of a known form whose figure cannot be kept: beyond the range of decimal, approximate (突破, 超过), or in a unit the indicator cannot take.</summary>
    FigureNotKept,

    /// <summary>A clause understood but not expressible in the model (a change against an earlier base year, a nominal rate of a comparable-price indicator); nothing was drafted from it.</summary>
    NotExpressible,

    /// <summary>Several indicators and figures that do not pair up (分别 with more or fewer figures than indicators).</summary>
    Mismatch,

    /// <summary>Something the plan needs that neither the options nor the text give (the plan year, id or region).</summary>
    MissingInformation,

    /// <summary>Control or format characters that were ignored.</summary>
    IgnoredCharacters,

    /// <summary>A clause longer than <see cref="DraftOptions.MaxClauseLength"/>; it was not read.</summary>
    ClauseTooLong,

    /// <summary>More findings or drafted elements than the options allow; the rest of the text was not read.</summary>
    LimitReached,
}

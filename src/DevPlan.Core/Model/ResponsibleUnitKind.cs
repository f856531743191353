namespace DevPlan.Core;

/// <summary>The kind of a unit that carries or takes part in the plan's work.</summary>
public enum ResponsibleUnitKind
{
    /// <summary>A Party working committee (党工委).</summary>
    PartyCommittee,

    /// <summary>A management committee (管委会).</summary>
    ManagementCommittee,

    /// <summary>A government department (部门).</summary>
    Department,

    /// <summary>An industrial park (园区).</summary>
    Park,

    /// <summary>A subdistrict (街道).</summary>
    Subdistrict,

    /// <summary>An enterprise (企业).</summary>
    Enterprise,

    /// <summary>Another kind of unit.</summary>
    Other,
}

namespace DevPlan.Core;

/// <summary>
/// How an indicator's change is worded: most indicators grow (增长, grew) or fall (下降, fell); prices rise
/// (上涨, rose; a target is a rise, 涨幅) and fall. The words of sentences take the verb from the indicator,
/// never from the kind of its target.
/// </summary>
public enum ChangeVerb
{
    /// <summary>Grows or falls (地区生产总值增长7.2%, GDP grew 7.2%): the default.</summary>
    Grow,

    /// <summary>Rises or falls, as prices do (居民消费价格上涨0.2%, consumer prices rose 0.2%; 涨幅3%左右, a rise of about 3%).</summary>
    Rise,
}

using DevPlan.Core.Attainment;

namespace DevPlan.Core.Tests.Attainment;

public class OrderSetTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(129)]
    public void Add_IsTrueOnce_AndTheOrderIsThenContained(long order)
    {
        var set = new OrderSet(130);

        set.Contains(order).Should().BeFalse();
        set.Add(order).Should().BeTrue();
        set.Add(order).Should().BeFalse();
        set.Contains(order).Should().BeTrue();
    }

    [Fact]
    public void Orders_AreIndependent_AcrossAndWithinWords()
    {
        var set = new OrderSet(200);

        set.Add(1);
        set.Add(65);
        set.Add(199);

        Enumerable.Range(0, 200).Where(o => set.Contains(o)).Should().Equal(1, 65, 199);
    }

    [Fact]
    public void AnOrderPastTheCount_IsRefused()
    {
        var set = new OrderSet(64);

        var add = () => set.Add(64);

        add.Should().Throw<IndexOutOfRangeException>();
    }
}

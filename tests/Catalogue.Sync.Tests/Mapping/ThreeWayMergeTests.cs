using Catalogue.Sync.Engine;

namespace Catalogue.Sync.Tests.Mapping;

public sealed class ThreeWayMergeTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;
    private static FieldSet F(string title, string tags) => new() { ["title"] = title, ["tags"] = tags };
    private static SyncSnapshot Base => new() { Local = F("a", "x"), Remote = F("a", "x") };

    [Fact]
    public void A_change_here_only_is_pushed() =>
        Assert.Equal(["title"], ThreeWayMerge.Plan(Base, F("b", "x"), F("a", "x"), Now).Push);

    [Fact]
    public void A_change_there_only_is_taken() =>
        Assert.Equal(["tags"], ThreeWayMerge.Plan(Base, F("a", "x"), F("a", "y"), Now).Take);

    [Fact]
    public void Different_changes_on_both_sides_are_a_conflict_and_neither_is_overwritten()
    {
        var plan = ThreeWayMerge.Plan(Base, F("local", "x"), F("remote", "x"), Now);
        var c = Assert.Single(plan.Conflicts);
        Assert.Equal(("title", "local", "remote", "a"), (c.Field, c.Local, c.Remote, c.BaseLocal));
        Assert.Empty(plan.Push);
        Assert.Empty(plan.Take);
        Assert.Equal("remote", plan.RemoteTarget(F("local", "x"), F("remote", "x"))["title"]);
        Assert.Equal("a", plan.NextSnapshot(Base, F("local", "x"), F("remote", "x")).Local["title"]);
    }

    [Fact]
    public void The_same_change_on_both_sides_is_nothing_to_do()
    {
        var plan = ThreeWayMerge.Plan(Base, F("b", "x"), F("b", "x"), Now);
        Assert.Empty(plan.Push); Assert.Empty(plan.Take); Assert.Empty(plan.Conflicts);
    }

    [Fact]
    public void A_lossy_difference_that_neither_side_changed_is_left_alone()
    {
        var baseline = new SyncSnapshot { Local = new() { ["private"] = "true" }, Remote = new() { ["private"] = "false" } };
        var plan = ThreeWayMerge.Plan(baseline, new() { ["private"] = "true" }, new() { ["private"] = "false" }, Now);
        Assert.Empty(plan.Push); Assert.Empty(plan.Take); Assert.Empty(plan.Conflicts);
    }

    [Fact]
    public void Resolving_for_one_side_turns_the_conflict_into_a_one_sided_change()
    {
        var local = F("local", "x"); var remote = F("remote", "x");
        var conflict = Assert.Single(ThreeWayMerge.Plan(Base, local, remote, Now).Conflicts);

        Assert.Equal(["title"], ThreeWayMerge.Plan(ConflictResolution.Resolve(Base, conflict, ConflictSide.Local), local, remote, Now).Push);
        Assert.Equal(["title"], ThreeWayMerge.Plan(ConflictResolution.Resolve(Base, conflict, ConflictSide.Remote), local, remote, Now).Take);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Tests.Schema;

public sealed class EntityTests
{
    private sealed record Triage(string Level, IReadOnlyList<string> Reasons);

    [Fact]
    public void FromObject_ApplicationEntity_SerializesAsTypePlusProperties()
    {
        var entity = Entity.FromObject("backcare/triage", new Triage("doctor", ["sharp-pain"]));

        var json = JsonSerializer.Serialize(entity, BotJson.TypeInfo<Entity>());

        Assert.Equal("""{"type":"backcare/triage","level":"doctor","reasons":["sharp-pain"]}""", json);
    }

    [Fact]
    public void FromObject_WithTypeInfo_SerializesLikeTheWireSettings()
    {
        var typeInfo = (JsonTypeInfo<Triage>)BotJson.Options.GetTypeInfo(typeof(Triage));

        var entity = Entity.FromObject("backcare/triage", new Triage("urgent", ["red-flag:numbness"]), typeInfo);

        var json = JsonSerializer.Serialize(entity, BotJson.TypeInfo<Entity>());
        Assert.Equal("""{"type":"backcare/triage","level":"urgent","reasons":["red-flag:numbness"]}""", json);
    }

    [Fact]
    public void ToObject_EntityReadFromWire_GivesTheTypedView()
    {
        var entity = JsonSerializer.Deserialize("""{"type":"backcare/triage","level":"urgent","reasons":["red-flag:bladder-control"]}""", BotJson.TypeInfo<Entity>())!;

        var triage = entity.ToObject<Triage>();

        Assert.Equal(new Triage("urgent", ["red-flag:bladder-control"]).Level, triage?.Level);
        Assert.Equal(["red-flag:bladder-control"], triage?.Reasons);
    }

    [Fact]
    public void FromObject_NotAnObject_Throws()
    {
        Assert.Throws<ArgumentException>(() => Entity.FromObject("backcare/score", 0.5));
    }

    [Theory]
    [InlineData("mention")]
    [InlineData("Mention")]
    public void MentionTryRead_EitherCasing_ReadsMentionedAccountAndText(string type)
    {
        var entity = JsonSerializer.Deserialize(
            $$"""{"type":"{{type}}","mentioned":{"id":"28:bot","name":"BackCareBot"},"text":"<at>BackCareBot</at>"}""", BotJson.TypeInfo<Entity>())!;

        Assert.True(Mention.TryRead(entity, out var mention));
        Assert.Equal("28:bot", mention.Mentioned?.Id);
        Assert.Equal("<at>BackCareBot</at>", mention.Text);
    }

    [Fact]
    public void MentionTryRead_OtherEntityType_IsFalse()
    {
        Assert.False(Mention.TryRead(new Entity(EntityTypes.ClientInfo), out _));
    }

    [Fact]
    public void MentionToEntity_RoundTripsThroughTryRead()
    {
        var original = new Mention { Mentioned = new ChannelAccount("29:user", "Alex"), Text = "<at>Alex</at>" };

        Assert.True(Mention.TryRead(original.ToEntity(), out var read));
        Assert.Equal("29:user", read.Mentioned?.Id);
        Assert.Equal("<at>Alex</at>", read.Text);
    }
}

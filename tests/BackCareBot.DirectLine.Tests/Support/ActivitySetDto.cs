using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Tests.Support;

internal sealed record ActivitySetDto(List<Activity> Activities, string Watermark);

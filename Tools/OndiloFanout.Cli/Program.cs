using OndiloFanout.Cli;
using OndiloFanout.Cli.Rendering;

return await CliApp.Create(ConsoleUi.CreateDefault(), ConsoleUi.CreateLoginPrompt(), TimeProvider.System).Parse(args).InvokeAsync();

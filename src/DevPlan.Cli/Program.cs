using System.Text;
using DevPlan.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, CliEnvironment.FromConsole());

using OmsServerless.WhatIf;

return WhatIfCommand.Run(args, Console.Out, Console.Error);

/** Side effects come in from outside: the CLI passes a console logger, tests a silent one. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

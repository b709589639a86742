export * from "./feed/model.js";
export * from "./feed/result.js";

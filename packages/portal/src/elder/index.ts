// 长辈模式 (elder mode): see elder.ts and the package README (长辈模式 and sizes).
export { ELDER_CLASS, ELDER_STORAGE_KEY, initElderMode, isElderMode, setElderMode } from './elder';
export { ElderToggle } from './ElderToggle';
export { useElder } from './useElder';

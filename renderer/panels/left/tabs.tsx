// The left panel's tabs. Each feature adds its tab here (id, label, icon, component).
import type { ComponentType } from 'react';
import type { IconName } from '../icons';
import { InsertAndLayers } from './InsertAndLayers';
import { lazyComponent } from '../../lazy-parts';

// Only the Design tab is on the first screen; the others load on first use (preloaded when idle).
const MemePanel = lazyComponent(() => import('../../meme/MemePanel'), 'MemePanel');
const TemplatesPanel = lazyComponent(() => import('../templates/TemplatesPanel'), 'TemplatesPanel');
const BrandPanel = lazyComponent(() => import('../brand/BrandPanel'), 'BrandPanel');
const PackLibraryPanel = lazyComponent(() => import('../../packs/PackLibraryPanel'), 'PackLibraryPanel');

export interface LeftTab {
  id: string;
  labelKey: string;
  icon: IconName;
  Component: ComponentType;
}

export const LEFT_TABS: LeftTab[] = [
  { id: 'design', labelKey: 'panels.design', icon: 'rect', Component: InsertAndLayers },
  { id: 'meme', labelKey: 'meme.tab', icon: 'image', Component: MemePanel },
  { id: 'templates', labelKey: 'templates.gallery.tab', icon: 'templates', Component: TemplatesPanel },
  { id: 'brand', labelKey: 'kits.tab', icon: 'palette', Component: BrandPanel },
  { id: 'packs', labelKey: 'packs.tab', icon: 'file', Component: PackLibraryPanel },
];

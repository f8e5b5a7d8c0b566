// The left panel's tabs. Each feature adds its tab here (id, label, icon, component).
import type { ComponentType } from 'react';
import type { IconName } from '../icons';
import { InsertAndLayers } from './InsertAndLayers';
import { TemplatesPanel } from '../templates/TemplatesPanel';
import { BrandPanel } from '../brand/BrandPanel';
import { MemePanel } from '../../meme/MemePanel';

import { PackLibraryPanel } from '../../packs/PackLibraryPanel';
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
